import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { MatchCard } from '../../components/match-card.tsx';
import { graphql } from '../../gql/index.ts';
import type { MatchFilter } from '../../gql/graphql.ts';
import { errorCode } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { MatchFilters } from './match-filters.tsx';
import { SaveToList } from './save-to-list.tsx';

const BrowseQuery = graphql(`
  query MatchBrowser_Matches($profileId: ID!, $first: Int, $offset: Int, $filter: MatchFilter) {
    matchVacancies(profileId: $profileId, first: $first, offset: $offset, filter: $filter) {
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

const pageSize = 6;

/** "My matches" with filters and pages: the server ranks, filters and cuts each page. */
export function MatchBrowser({ profileId }: { profileId: string }) {
  const { lang, t } = useI18n();
  const [filter, setFilter] = useState<MatchFilter | null>(null);
  const [offset, setOffset] = useState(0);
  const listRef = useRef<HTMLHeadingElement>(null);
  const [result, reexecute] = useQuery({
    query: BrowseQuery,
    variables: { profileId, first: pageSize, offset, filter },
  });

  const go = (next: number) => {
    setOffset(next);
    // The cards change under the keyboard: start reading at the top of the new page.
    window.setTimeout(() => listRef.current?.focus(), 0);
  };

  let body = null;
  if (result.error) {
    body =
      errorCode(result.error) === 'SERVICE_DISABLED' ? (
        <div className="notice notice--warning" role="status">
          <p lang="nl">{result.error.graphQLErrors[0]?.message}</p>
          <p>{t.mine.matchingOff}</p>
        </div>
      ) : (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      );
  } else if (result.fetching && !result.data) {
    body = <Loading />;
  } else if (result.data) {
    const { matches, total, advice } = result.data.matchVacancies;
    const shownTotal = Math.min(total, 200);
    // When we know too little to advise, say so and what to add, rather than show weak matches as fits.
    const adviceBox = advice && (
      <div className="notice notice--info" role="status" data-testid="too-little-known">
        <p lang={lang}>{lang === 'en' ? advice.textEn : advice.textNl}</p>
        <p>
          <Link to="/mijn/profiel">{t.advice.tooLittleKnownAction}</Link>
        </p>
      </div>
    );
    body = matches.length ? (
      <>
        {adviceBox}
        <p className="muted" ref={listRef} tabIndex={-1} data-testid="match-page">
          {t.act.matches.page(offset + 1, offset + matches.length, shownTotal)}
        </p>
        <p className="notice">{t.mine.adviceNotice}</p>
        <ul className="match-list" data-testid="matches" aria-busy={result.fetching}>
          {matches.map((m) => (
            <MatchCard
              key={m.vacancy.id}
              match={m}
              onMoreOfKind={(occupation) => {
                setFilter({ ...filter, occupationUris: [occupation.uri] });
                go(0);
              }}
              action={<SaveToList profileId={profileId} vacancyId={m.vacancy.id} title={m.vacancy.title} />}
            />
          ))}
        </ul>
        <nav className="pager" aria-label={t.act.matches.pagesNav}>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset === 0}
            onClick={() => go(Math.max(0, offset - pageSize))}
          >
            {t.act.matches.previous}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset + pageSize >= shownTotal}
            onClick={() => go(offset + pageSize)}
          >
            {t.act.matches.next}
          </button>
        </nav>
      </>
    ) : (
      adviceBox || <p>{t.mine.noMatches}</p>
    );
  }

  return (
    <>
      <MatchFilters
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      {body}
    </>
  );
}
