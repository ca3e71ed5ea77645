import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import type { CourseMore_PageQueryVariables } from '../../gql/graphql.ts';
import { MoreResults } from './more-results.tsx';
import { pageSize } from './search-variables.ts';
import { CourseCard } from './course-card.tsx';

const MorePageQuery = graphql(`
  query CourseMore_Page($query: String, $filter: CourseSearchFilter, $near: NearInput, $sort: CourseSort!, $first: Int!, $after: String!) {
    courses(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {
      hits {
        node {
          id
        }
        ...CourseCard_Hit
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export interface CourseMorePageProps {
  search: Omit<CourseMore_PageQueryVariables, 'after'>;
  after: string;
  /** 1-based number of this page. */
  page: number;
  pagesAfter: number;
  total: number;
  focusPage: number | null;
  onLoadMore: () => void;
}

/** Page 2 and later of the course results. */
export function CourseMorePage(props: CourseMorePageProps) {
  const { search, after, page, pagesAfter, total, focusPage, onLoadMore } = props;
  const [result, reexecute] = useQuery({ query: MorePageQuery, variables: { ...search, after } });

  if (result.fetching && !result.data) return <Loading />;
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return null;

  const { hits, pageInfo } = result.data.courses;
  return (
    <>
      <ol className="results__list" start={(page - 1) * pageSize + 1}>
        {hits.map((hit, index) => (
          <CourseCard key={hit.node.id} hit={hit} focusOnMount={focusPage === page && index === 0} />
        ))}
      </ol>
      <MoreResults
        pageInfo={pageInfo}
        pagesAfter={pagesAfter}
        shown={(page - 1) * pageSize + hits.length}
        total={total}
        onLoadMore={onLoadMore}
        renderNextPage={(next, rest) => <CourseMorePage {...props} after={next} page={page + 1} pagesAfter={rest} />}
      />
    </>
  );
}
