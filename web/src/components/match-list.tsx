import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../graphql/errors.ts';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { ErrorNotice } from './error-notice.tsx';
import { Loading } from './loading.tsx';
import { MatchCard } from './match-card.tsx';

const MatchesQuery = graphql(`
  query MatchList_Matches($profileId: ID!, $first: Int) {
    matchVacancies(profileId: $profileId, first: $first) {
      total
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
 * The best vacancies for a stored profile. When matching is switched off (SERVICE_DISABLED) it
 * says so and points to search, which keeps working.
 */
export function MatchList({
  profileId,
  action,
  first = 6,
}: {
  profileId: string;
  action?: (m: MatchAction) => ReactNode;
  first?: number;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: MatchesQuery, variables: { profileId, first } });

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

  const { matches, total } = result.data.matchVacancies;
  if (!matches.length) return <p>{t.mine.noMatches}</p>;
  return (
    <>
      <p className="muted">{t.mine.matchesCount(matches.length, total)}</p>
      <p className="notice">{t.mine.adviceNotice}</p>
      <ul className="match-list" data-testid="matches">
        {matches.map((m) => (
          <MatchCard
            key={m.vacancy.id}
            match={m}
            action={action?.({ vacancyId: m.vacancy.id, title: m.vacancy.title })}
          />
        ))}
      </ul>
    </>
  );
}
