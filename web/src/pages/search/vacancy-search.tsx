import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { vacancySorts, type SearchState } from './search-state.ts';
import { nearInput, pageSize, queryText, vacancyFilter, vacancySort } from './search-variables.ts';
import { SearchView } from './search-view.tsx';
import { SortSelect } from './sort-select.tsx';
import type { UpdateSearch } from './use-search-state.ts';
import { VacancyCard } from './vacancy-card.tsx';
import { SaveSearch } from '../alerts/save-search.tsx';
import { VacancyFilters } from './vacancy-filters.tsx';
import { VacancyMorePage } from './vacancy-more-page.tsx';

/*
 * One request per change of the search. The API counts facet values over the filtered hits, so
 * once "Zorg" is ticked the sector list would shrink to Zorg alone. For every group with a choice
 * the same search runs again without that group's own filter (the aliases below, only included
 * when needed): the other sectors keep their counts and stay choosable.
 */
const VacancySearchQuery = graphql(`
  query VacancySearch_Results(
    $query: String
    $filter: VacancySearchFilter
    $near: NearInput
    $sort: VacancySort!
    $first: Int!
    $sectorFilter: VacancySearchFilter
    $withSectorCounts: Boolean!
    $contractFilter: VacancySearchFilter
    $withContractCounts: Boolean!
    $municipalityFilter: VacancySearchFilter
    $withMunicipalityCounts: Boolean!
    $levelFilter: VacancySearchFilter
    $withLevelCounts: Boolean!
  ) {
    vacancies(
      query: $query
      filter: $filter
      near: $near
      sort: $sort
      first: $first
      facets: [SECTOR, CONTRACT_TYPE, LEVEL, MUNICIPALITY, GARANTIEBAAN, BBL]
    ) {
      totalCount
      degraded
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
      facets {
        ...FacetGroup_Facet
      }
    }
    sectorCounts: vacancies(query: $query, filter: $sectorFilter, near: $near, first: 1, facets: [SECTOR]) @include(if: $withSectorCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
    contractCounts: vacancies(query: $query, filter: $contractFilter, near: $near, first: 1, facets: [CONTRACT_TYPE])
      @include(if: $withContractCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
    municipalityCounts: vacancies(query: $query, filter: $municipalityFilter, near: $near, first: 1, facets: [MUNICIPALITY])
      @include(if: $withMunicipalityCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
    levelCounts: vacancies(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {
      facets {
        ...FacetGroup_Facet
      }
    }
  }
`);

export function VacancySearch({ state, update }: { state: SearchState; update: UpdateSearch }) {
  const { t } = useI18n();
  const search = {
    query: queryText(state),
    filter: vacancyFilter(state),
    near: nearInput(state),
    sort: vacancySort(state),
    first: pageSize,
  };
  const [result, reexecute] = useQuery({
    query: VacancySearchQuery,
    variables: {
      ...search,
      sectorFilter: vacancyFilter(state, 'sector'),
      withSectorCounts: state.sectors.length > 0,
      contractFilter: vacancyFilter(state, 'contractType'),
      withContractCounts: state.contracts.length > 0,
      municipalityFilter: vacancyFilter(state, 'municipality'),
      withMunicipalityCounts: state.municipalities.length > 0,
      levelFilter: vacancyFilter(state, 'level'),
      withLevelCounts: state.level !== null,
    },
  });
  const { data, error, fetching } = result;
  const page = data?.vacancies;

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
              cards: page.hits.map((hit) => <VacancyCard key={hit.node.id} hit={hit} />),
            }
          : null
      }
      renderNextPage={(args) => <VacancyMorePage search={search} page={2} {...args} />}
      filters={
        <>
          <VacancyFilters
            state={state}
            update={update}
            nearError={fieldProblems(error).find((p) => p.path.startsWith('near'))?.message ?? null}
            facets={{
              main: data?.vacancies.facets,
              sector: data?.sectorCounts?.facets,
              contractType: data?.contractCounts?.facets,
              municipality: data?.municipalityCounts?.facets,
              level: data?.levelCounts?.facets,
            }}
          />
          <SaveSearch state={state} />
        </>
      }
      sort={
        <SortSelect
          sorts={vacancySorts}
          labels={t.search.vacancySort}
          current={search.sort}
          hidden={state.postcode ? [] : ['DISTANCE']}
          onChange={(sort) => update({ sort })}
        />
      }
    />
  );
}
