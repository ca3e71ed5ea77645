import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AdviceNotice } from '../../components/advice-notice.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { MatchCard } from '../../components/match-card.tsx';
import { graphql } from '../../gql/index.ts';
import { errorCode } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { DidYouMean } from './did-you-mean.tsx';
import { QuickPaths } from './quick-paths.tsx';
import { toMatchProfile, type ChosenOccupation, type QuickCheckDraft } from './quick-check.ts';
import { SaveInvite } from './save-invite.tsx';
import { WishMatches } from './wish-matches.tsx';

const AdviceQuery = graphql(`
  query QuickCheck_Advice($profile: MatchProfileInput!) {
    matchVacancies(profile: $profile, first: 5) {
      total
      resolution {
        resolved {
          text
          kind
          labelNl
          uri
        }
        unresolved {
          value
          kind
          suggestions {
            uri
            labelNl
          }
        }
      }
      matches {
        vacancy {
          id
        }
        ...MatchCard_Match
      }
    }
    careerPaths(profile: $profile, first: 3) {
      ...QuickPaths_Paths
    }
  }
`);

interface QuickCheckResultsProps {
  draft: QuickCheckDraft;
  /** The sector the visitor wished for, in the interface language. */
  wishName: string | null;
  onChoose: (occupation: ChosenOccupation) => void;
  onRetype: () => void;
}

/**
 * The advice for the answers: how the typed job was read (with "Bedoel je…?"), the best vacancies
 * now or after a course, the best in the wished sector, career paths, and the invitation to keep it
 * all with an account. Loaded only after the first check, with the match cards it needs.
 */
export default function QuickCheckResults({ draft, wishName, onChoose, onRetype }: QuickCheckResultsProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const [result, reexecute] = useQuery({
    query: AdviceQuery,
    variables: { profile: toMatchProfile(draft) },
  });
  const data = result.data;

  // A new answer takes focus, so screen readers read it and keyboard users continue from it; this also
  // catches focus when the "Bedoel je…?" button that was pressed disappears with the old answer.
  // Only for a new answer: switching the language must not move focus.
  const found = useRef(t.start.found);
  found.current = t.start.found;
  useEffect(() => {
    if (!data) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
    announce(found.current(data.matchVacancies.total));
  }, [data, announce]);

  let body = null;
  if (result.error) {
    body =
      errorCode(result.error) === 'SERVICE_DISABLED' ? (
        <p className="notice notice--warning">{t.start.matchingOff}</p>
      ) : (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      );
  } else if (!data) {
    body = <Loading />;
  } else {
    const { matchVacancies: best, careerPaths } = data;
    body = (
      <>
        <DidYouMean resolution={best.resolution} chosen={draft.chosen} onChoose={onChoose} onRetype={onRetype} />
        <AdviceNotice />
        <h2>{t.start.matchesHeading}</h2>
        {best.matches.length ? (
          <>
            <p className="muted">{t.start.matchesCount(best.matches.length, best.total)}</p>
            <ul className="match-list" data-testid="quick-matches">
              {best.matches.map((m) => (
                <MatchCard key={m.vacancy.id} match={m} />
              ))}
            </ul>
          </>
        ) : (
          <p>{t.start.noMatches}</p>
        )}
        {draft.wish && wishName && <WishMatches draft={draft} sectorName={wishName} />}
        <h2>{t.start.pathsHeading}</h2>
        <QuickPaths paths={careerPaths} />
        <SaveInvite />
      </>
    );
  }

  return (
    <section className="quick-advice" aria-labelledby="advies-titel" data-testid="quick-advice">
      <h2 id="advies-titel" ref={heading} tabIndex={-1}>
        {t.start.adviceHeading}
      </h2>
      {body}
      <p>
        {t.start.orSearch} <Link to="/zoeken">{t.start.searchLink}</Link>
      </p>
    </section>
  );
}
