import { useQuery } from 'urql';
import { Loading } from '../../components/loading.tsx';
import { MatchCard } from '../../components/match-card.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { toMatchProfile, type QuickCheckDraft } from './quick-check.ts';

/** A query of its own: with the best matches in one request it would pass the API's cost limit. */
const WishQuery = graphql(`
  query WishMatches_Matches($profile: MatchProfileInput!, $sectors: [String!]) {
    matchVacancies(profile: $profile, first: 5, filter: { sectors: $sectors }) {
      matches {
        vacancy {
          id
        }
        ...MatchCard_Match
      }
    }
  }
`);

/**
 * "Waar wil je naartoe?" answered: the vacancies in the wished sector that fit now or after a course.
 * Errors are left to the main advice above, which asks the same of the same service.
 */
export function WishMatches({ draft, sectorName }: { draft: QuickCheckDraft; sectorName: string }) {
  const { t } = useI18n();
  const [result] = useQuery({
    query: WishQuery,
    variables: { profile: toMatchProfile(draft), sectors: [draft.wish] },
  });
  const matches = result.data?.matchVacancies.matches;
  if (result.error) return null;
  return (
    <section aria-labelledby="wens-titel">
      <h2 id="wens-titel">{t.start.wishHeading(sectorName)}</h2>
      {!matches ? (
        <Loading />
      ) : matches.length ? (
        <ul className="match-list" data-testid="quick-wish-matches">
          {matches.map((m) => (
            <MatchCard key={m.vacancy.id} match={m} />
          ))}
        </ul>
      ) : (
        <p>{t.start.wishNoMatches}</p>
      )}
    </section>
  );
}
