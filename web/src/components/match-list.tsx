import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from '../graphql/errors.ts';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { ErrorNotice } from './error-notice.tsx';
import { Loading } from './loading.tsx';
import { MatchCard, type OccupationRef } from './match-card.tsx';

const MatchesQuery = graphql(`
  query MatchList_Matches($profileId: ID!, $first: Int, $filter: MatchFilter) {
    matchVacancies(profileId: $profileId, first: $first, filter: $filter) {
      total
      advice {
        textNl
        textEn
      }
      matches {
        vacancy {
          id
          title
        }
        ...MatchCard_Match
      }
    }
  }
`);

export interface MatchAction {
  vacancyId: string;
  title: string;
}

/**
 * The best vacancies for a stored profile, fitting now or after a course, at most three of one
 * occupation in the first ten: "Meer van dit soort" shows the rest of one occupation, and a button
 * goes back to the whole list. When we know too little of the person it says so and what to add.
 * When matching is switched off (SERVICE_DISABLED) it says so and points to search. `full` (the
 * adviser) shows every reason with its points.
 */
export function MatchList({
  profileId,
  action,
  first = 6,
  full = false,
  profileLink,
}: {
  profileId: string;
  action?: (m: MatchAction) => ReactNode;
  first?: number;
  full?: boolean;
  /** Where the person completes their profile (only for the person themselves). */
  profileLink?: string;
}) {
  const { lang, t } = useI18n();
  const [kind, setKind] = useState<OccupationRef | null>(null);
  const filter = kind ? { occupationUris: [kind.uri] } : null;
  const [result, reexecute] = useQuery({
    query: MatchesQuery,
    variables: { profileId, first: kind ? Math.max(first, 20) : first, filter },
  });

  if (result.error) {
    if (errorCode(result.error) === 'SERVICE_DISABLED') {
      return (
        <div className="notice notice--warning" role="status">
          <p lang="nl">{result.error.graphQLErrors[0]?.message}</p>
          <p>{t.mine.matchingOff}</p>
        </div>
      );
    }
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (result.fetching || !result.data) return <Loading />;

  const { matches, total, advice } = result.data.matchVacancies;
  const adviceBox = advice && (
    <div className="notice notice--info" role="status" data-testid="too-little-known">
      <p lang={lang}>{lang === 'en' ? advice.textEn : advice.textNl}</p>
      {profileLink && (
        <p>
          <Link to={profileLink}>{t.advice.tooLittleKnownAction}</Link>
        </p>
      )}
    </div>
  );
  if (!matches.length) return adviceBox || <p>{t.mine.noMatches}</p>;
  return (
    <>
      {adviceBox}
      {kind && (
        <div className="notice" role="status">
          <p lang={lang}>{t.advice.moreOfKindShowing(lang === 'en' ? kind.labelEn : kind.labelNl)}</p>
          <button type="button" className="button button--secondary" onClick={() => setKind(null)}>
            {t.advice.showAll}
          </button>
        </div>
      )}
      <p className="muted">{t.mine.matchesCount(matches.length, total)}</p>
      <p className="notice">{t.mine.adviceNotice}</p>
      <ul className="match-list" data-testid="matches">
        {matches.map((m) => (
          <MatchCard
            key={m.vacancy.id}
            match={m}
            full={full}
            onMoreOfKind={kind ? undefined : setKind}
            action={action?.({ vacancyId: m.vacancy.id, title: m.vacancy.title })}
          />
        ))}
      </ul>
    </>
  );
}
