import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';

const CaseloadQuery = graphql(`
  query CaseloadChunk_People($after: String) {
    caseload(first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      items {
        id
        alias
        postcode
        nlqfLevel
        occupations {
          years
          occupation {
            uri
            labelNl
          }
        }
      }
    }
  }
`);

/**
 * One page of 50 people. Pages load one after another ("Meer laden"): a caseload can be long and
 * the API caps the cost of one request.
 */
export function CaseloadChunk({
  after,
  first,
  onMore,
}: {
  after: string | null;
  first: boolean;
  onMore: ((cursor: string) => void) | null;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: CaseloadQuery, variables: { after } });

  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { items, totalCount, pageInfo } = result.data.caseload;

  return (
    <>
      {first && <p className="muted">{t.adviser.caseloadCount(totalCount)}</p>}
      {first && items.length === 0 && <p>{t.adviser.noCaseload}</p>}
      <ul className="plain-cards caseload" data-testid="caseload">
        {items.map((person) => (
          <li key={person.id} className="person-card">
            <h3 className="match__title">
              <Link to={`/adviseur/personen/${encodeURIComponent(person.id)}`} lang="nl">
                {person.alias}
              </Link>
            </h3>
            <p className="card__meta">
              {t.adviser.postcode} {person.postcode} · {levelLabel(t, person.nlqfLevel)}
            </p>
            {person.occupations.length > 0 && (
              <p className="person-card__jobs" lang="nl">
                {person.occupations
                  .flatMap((o) => (o.occupation ? [t.adviser.occupationYears(o.occupation.labelNl, o.years)] : []))
                  .join(', ')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && pageInfo.endCursor && onMore && (
        <button type="button" className="button button--secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>
          {t.search.loadMore}
        </button>
      )}
    </>
  );
}
