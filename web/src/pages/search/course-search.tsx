import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { CourseCard } from './course-card.tsx';
import { CourseFilters } from './course-filters.tsx';
import { CourseMorePage } from './course-more-page.tsx';
import { courseSorts, type SearchState } from './search-state.ts';
import { courseFilter, courseSort, nearInput, pageSize, queryText } from './search-variables.ts';
import { SearchView } from './search-view.tsx';
import { SortSelect } from './sort-select.tsx';
import type { UpdateSearch } from './use-search-state.ts';

/* Counts per group without that group's own filter: see vacancy-search.tsx. */
const CourseSearchQuery = graphql(`
  query CourseSearch_Results(
    $query: String
    $filter: CourseSearchFilter
    $near: NearInput
    $sort: CourseSort!
    $first: Int!
    $fundingFilter: CourseSearchFilter
    $withFundingCounts: Boolean!
    $modeFilter: CourseSearchFilter
    $withModeCounts: Boolean!
    $levelFilter: CourseSearchFilter
    $withLevelCounts: Boolean!
  ) {
    courses(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, facets: [FUNDING, MODE, LEVEL]) {
      totalCount
      degraded
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
      facets {
        ...FacetGroup_Facet
      }
    }
    fundingCounts: courses(query: $query, filter: $fundingFilter, near: $near, first: 1, facets: [FUNDING]) @include(if: $withFundingCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
    modeCounts: courses(query: $query, filter: $modeFilter, near: $near, first: 1, facets: [MODE]) @include(if: $withModeCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
    levelCounts: courses(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
  }
`);

export function CourseSearch({ state, update }: { state: SearchState; update: UpdateSearch }) {
  const { t } = useI18n();
  const search = {
    query: queryText(state),
    filter: courseFilter(state),
    near: nearInput(state),
    sort: courseSort(state),
    first: pageSize,
  };
  const [result, reexecute] = useQuery({
    query: CourseSearchQuery,
    variables: {
      ...search,
      fundingFilter: courseFilter(state, 'funding'),
      withFundingCounts: state.funding.length > 0,
      modeFilter: courseFilter(state, 'mode'),
      withModeCounts: state.modes.length > 0,
      levelFilter: courseFilter(state, 'level'),
      withLevelCounts: state.level !== null,
    },
  });
  const { data, error, fetching } = result;
  const page = data?.courses;

  return (
    <SearchView
      state={state}
      update={update}
      fetching={fetching}
      error={error}
      shownQuery={result.operation?.variables.query ?? ''}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      firstPage={
        page
          ? {
              totalCount: page.totalCount,
              degraded: page.degraded,
              pageInfo: page.pageInfo,
              shown: page.hits.length,
              cards: page.hits.map((hit) => <CourseCard key={hit.node.id} hit={hit} />),
            }
          : null
      }
      renderNextPage={(args) => <CourseMorePage search={search} page={2} {...args} />}
      filters={
        <CourseFilters
          state={state}
          update={update}
          nearError={fieldProblems(error).find((p) => p.path.startsWith('near'))?.message ?? null}
          facets={{
            main: data?.courses.facets,
            funding: data?.fundingCounts?.facets,
            mode: data?.modeCounts?.facets,
            level: data?.levelCounts?.facets,
          }}
        />
      }
      sort={
        <SortSelect
          sorts={courseSorts}
          labels={t.search.courseSort}
          current={search.sort}
          hidden={state.postcode ? [] : ['DISTANCE']}
          onChange={(sort) => update({ sort })}
        />
      }
    />
  );
}
