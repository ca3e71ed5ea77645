import { useState } from 'react';
import { useQuery } from 'urql';
import { CourseCard } from './course-card.tsx';
import { CourseFilters } from './course-filters.tsx';
import { CourseMorePage } from './course-more-page.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { MoreResults } from './more-results.tsx';
import { ResultsSection } from './results-section.tsx';
import { activeFilterCount, courseSorts, withoutFilters, type SearchState } from './search-state.ts';
import { courseFilter, courseSort, nearInput, pageSize, queryText } from './search-variables.ts';
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
  const [focusPage, setFocusPage] = useState<number | null>(null);
  const search = { query: queryText(state), filter: courseFilter(state), near: nearInput(state), sort: courseSort(state), first: pageSize };
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
  const nearError = fieldProblems(error).find((p) => p.path.startsWith('near'))?.message ?? null;
  const loadMore = () => {
    setFocusPage(state.pages + 1);
    update({ pages: state.pages + 1 }, { replace: true });
  };

  const filters = (
    <FilterPanel activeCount={activeFilterCount(state)} onClear={() => update(withoutFilters(state))}>
      <CourseFilters
        state={state}
        update={update}
        nearError={nearError}
        facets={{
          main: data?.courses.facets,
          funding: data?.fundingCounts?.facets,
          mode: data?.modeCounts?.facets,
          level: data?.levelCounts?.facets,
        }}
      />
    </FilterPanel>
  );

  let body;
  if (error) {
    body = <ErrorNotice error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (fetching && !data) {
    body = <Loading />;
  } else if (data) {
    const { hits, pageInfo, totalCount } = data.courses;
    body = (
      <>
        <ol className="results__list">
          {hits.map((hit) => (
            <CourseCard key={hit.node.id} hit={hit} />
          ))}
        </ol>
        <MoreResults
          pageInfo={pageInfo}
          pagesAfter={state.pages - 1}
          shown={hits.length}
          total={totalCount}
          onLoadMore={loadMore}
          renderNextPage={(after, pagesAfter) => (
            <CourseMorePage search={search} after={after} page={2} pagesAfter={pagesAfter} total={totalCount} focusPage={focusPage} onLoadMore={loadMore} />
          )}
        />
      </>
    );
  }

  return (
    <div className="search-layout">
      {filters}
      <ResultsSection
        kind="opleidingen"
        total={error ? null : (data?.courses.totalCount ?? null)}
        shownQuery={result.operation?.variables.query ?? ''}
        busy={fetching}
        degraded={data?.courses.degraded ?? false}
        sort={
          <SortSelect
            sorts={courseSorts}
            labels={t.search.courseSort}
            current={search.sort}
            hidden={state.postcode ? [] : ['DISTANCE']}
            onChange={(sort) => update({ sort })}
          />
        }
      >
        {body}
      </ResultsSection>
    </div>
  );
}
