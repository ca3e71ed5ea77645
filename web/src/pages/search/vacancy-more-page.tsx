import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import type { VacancyMore_PageQueryVariables } from '../../gql/graphql.ts';
import { MoreResults } from './more-results.tsx';
import { pageSize } from './search-variables.ts';
import { VacancyCard } from './vacancy-card.tsx';

const MorePageQuery = graphql(`
  query VacancyMore_Page($query: String, $filter: VacancySearchFilter, $near: NearInput, $sort: VacancySort!, $first: Int!, $after: String!) {
    vacancies(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {
      hits {
        node {
          id
        }
        ...VacancyCard_Hit
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export interface VacancyMorePageProps {
  search: Omit<VacancyMore_PageQueryVariables, 'after'>;
  after: string;
  /** 1-based number of this page. */
  page: number;
  pagesAfter: number;
  total: number;
  focusPage: number | null;
  onLoadMore: () => void;
}

/** Page 2 and later of the vacancy results. */
export function VacancyMorePage(props: VacancyMorePageProps) {
  const { search, after, page, pagesAfter, total, focusPage, onLoadMore } = props;
  const [result, reexecute] = useQuery({ query: MorePageQuery, variables: { ...search, after } });

  if (result.fetching && !result.data) return <Loading />;
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return null;

  const { hits, pageInfo } = result.data.vacancies;
  return (
    <>
      <ol className="results__list" start={(page - 1) * pageSize + 1}>
        {hits.map((hit, index) => (
          <VacancyCard key={hit.node.id} hit={hit} focusOnMount={focusPage === page && index === 0} />
        ))}
      </ol>
      <MoreResults
        pageInfo={pageInfo}
        pagesAfter={pagesAfter}
        shown={(page - 1) * pageSize + hits.length}
        total={total}
        onLoadMore={onLoadMore}
        renderNextPage={(next, rest) => <VacancyMorePage {...props} after={next} page={page + 1} pagesAfter={rest} />}
      />
    </>
  );
}
