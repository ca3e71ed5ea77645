/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UseViewer_Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": typeof types.UseViewer_ViewerDocument,
    "\n  mutation UserMenu_SignOut {\n    signOut\n  }\n": typeof types.UserMenu_SignOutDocument,
    "\n  fragment FacetGroup_Facet on Facet {\n    field\n    values {\n      value\n      label\n      count\n    }\n  }\n": typeof types.FacetGroup_FacetFragmentDoc,
    "\n  fragment VacancyCard_Hit on VacancyHit {\n    distanceKm\n    node {\n      id\n      title\n      employerName\n      hoursMin\n      hoursMax\n      nlqfLevel\n      contractType\n      garantiebaan\n      location {\n        place\n      }\n      sector {\n        outlook\n      }\n    }\n  }\n": typeof types.VacancyCard_HitFragmentDoc,
    "\n  query VacancyFilters_SectorNames {\n    sectors {\n      key\n      nameEn\n    }\n  }\n": typeof types.VacancyFilters_SectorNamesDocument,
    "\n  query VacancyMore_Page($query: String, $filter: VacancySearchFilter, $near: NearInput, $sort: VacancySort!, $first: Int!, $after: String!) {\n    vacancies(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.VacancyMore_PageDocument,
    "\n  query VacancySearch_Results(\n    $query: String\n    $filter: VacancySearchFilter\n    $near: NearInput\n    $sort: VacancySort!\n    $first: Int!\n    $sectorFilter: VacancySearchFilter\n    $withSectorCounts: Boolean!\n    $contractFilter: VacancySearchFilter\n    $withContractCounts: Boolean!\n    $municipalityFilter: VacancySearchFilter\n    $withMunicipalityCounts: Boolean!\n    $levelFilter: VacancySearchFilter\n    $withLevelCounts: Boolean!\n  ) {\n    vacancies(\n      query: $query\n      filter: $filter\n      near: $near\n      sort: $sort\n      first: $first\n      facets: [SECTOR, CONTRACT_TYPE, LEVEL, MUNICIPALITY, GARANTIEBAAN, BBL]\n    ) {\n      totalCount\n      degraded\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    sectorCounts: vacancies(query: $query, filter: $sectorFilter, near: $near, first: 1, facets: [SECTOR]) @include(if: $withSectorCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    contractCounts: vacancies(query: $query, filter: $contractFilter, near: $near, first: 1, facets: [CONTRACT_TYPE])\n      @include(if: $withContractCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    municipalityCounts: vacancies(query: $query, filter: $municipalityFilter, near: $near, first: 1, facets: [MUNICIPALITY])\n      @include(if: $withMunicipalityCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    levelCounts: vacancies(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n  }\n": typeof types.VacancySearch_ResultsDocument,
};
const documents: Documents = {
    "\n  query UseViewer_Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": types.UseViewer_ViewerDocument,
    "\n  mutation UserMenu_SignOut {\n    signOut\n  }\n": types.UserMenu_SignOutDocument,
    "\n  fragment FacetGroup_Facet on Facet {\n    field\n    values {\n      value\n      label\n      count\n    }\n  }\n": types.FacetGroup_FacetFragmentDoc,
    "\n  fragment VacancyCard_Hit on VacancyHit {\n    distanceKm\n    node {\n      id\n      title\n      employerName\n      hoursMin\n      hoursMax\n      nlqfLevel\n      contractType\n      garantiebaan\n      location {\n        place\n      }\n      sector {\n        outlook\n      }\n    }\n  }\n": types.VacancyCard_HitFragmentDoc,
    "\n  query VacancyFilters_SectorNames {\n    sectors {\n      key\n      nameEn\n    }\n  }\n": types.VacancyFilters_SectorNamesDocument,
    "\n  query VacancyMore_Page($query: String, $filter: VacancySearchFilter, $near: NearInput, $sort: VacancySort!, $first: Int!, $after: String!) {\n    vacancies(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.VacancyMore_PageDocument,
    "\n  query VacancySearch_Results(\n    $query: String\n    $filter: VacancySearchFilter\n    $near: NearInput\n    $sort: VacancySort!\n    $first: Int!\n    $sectorFilter: VacancySearchFilter\n    $withSectorCounts: Boolean!\n    $contractFilter: VacancySearchFilter\n    $withContractCounts: Boolean!\n    $municipalityFilter: VacancySearchFilter\n    $withMunicipalityCounts: Boolean!\n    $levelFilter: VacancySearchFilter\n    $withLevelCounts: Boolean!\n  ) {\n    vacancies(\n      query: $query\n      filter: $filter\n      near: $near\n      sort: $sort\n      first: $first\n      facets: [SECTOR, CONTRACT_TYPE, LEVEL, MUNICIPALITY, GARANTIEBAAN, BBL]\n    ) {\n      totalCount\n      degraded\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    sectorCounts: vacancies(query: $query, filter: $sectorFilter, near: $near, first: 1, facets: [SECTOR]) @include(if: $withSectorCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    contractCounts: vacancies(query: $query, filter: $contractFilter, near: $near, first: 1, facets: [CONTRACT_TYPE])\n      @include(if: $withContractCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    municipalityCounts: vacancies(query: $query, filter: $municipalityFilter, near: $near, first: 1, facets: [MUNICIPALITY])\n      @include(if: $withMunicipalityCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    levelCounts: vacancies(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n  }\n": types.VacancySearch_ResultsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UseViewer_Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query UseViewer_Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserMenu_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation UserMenu_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetGroup_Facet on Facet {\n    field\n    values {\n      value\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment FacetGroup_Facet on Facet {\n    field\n    values {\n      value\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VacancyCard_Hit on VacancyHit {\n    distanceKm\n    node {\n      id\n      title\n      employerName\n      hoursMin\n      hoursMax\n      nlqfLevel\n      contractType\n      garantiebaan\n      location {\n        place\n      }\n      sector {\n        outlook\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VacancyCard_Hit on VacancyHit {\n    distanceKm\n    node {\n      id\n      title\n      employerName\n      hoursMin\n      hoursMax\n      nlqfLevel\n      contractType\n      garantiebaan\n      location {\n        place\n      }\n      sector {\n        outlook\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyFilters_SectorNames {\n    sectors {\n      key\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query VacancyFilters_SectorNames {\n    sectors {\n      key\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyMore_Page($query: String, $filter: VacancySearchFilter, $near: NearInput, $sort: VacancySort!, $first: Int!, $after: String!) {\n    vacancies(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyMore_Page($query: String, $filter: VacancySearchFilter, $near: NearInput, $sort: VacancySort!, $first: Int!, $after: String!) {\n    vacancies(query: $query, filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancySearch_Results(\n    $query: String\n    $filter: VacancySearchFilter\n    $near: NearInput\n    $sort: VacancySort!\n    $first: Int!\n    $sectorFilter: VacancySearchFilter\n    $withSectorCounts: Boolean!\n    $contractFilter: VacancySearchFilter\n    $withContractCounts: Boolean!\n    $municipalityFilter: VacancySearchFilter\n    $withMunicipalityCounts: Boolean!\n    $levelFilter: VacancySearchFilter\n    $withLevelCounts: Boolean!\n  ) {\n    vacancies(\n      query: $query\n      filter: $filter\n      near: $near\n      sort: $sort\n      first: $first\n      facets: [SECTOR, CONTRACT_TYPE, LEVEL, MUNICIPALITY, GARANTIEBAAN, BBL]\n    ) {\n      totalCount\n      degraded\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    sectorCounts: vacancies(query: $query, filter: $sectorFilter, near: $near, first: 1, facets: [SECTOR]) @include(if: $withSectorCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    contractCounts: vacancies(query: $query, filter: $contractFilter, near: $near, first: 1, facets: [CONTRACT_TYPE])\n      @include(if: $withContractCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    municipalityCounts: vacancies(query: $query, filter: $municipalityFilter, near: $near, first: 1, facets: [MUNICIPALITY])\n      @include(if: $withMunicipalityCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    levelCounts: vacancies(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancySearch_Results(\n    $query: String\n    $filter: VacancySearchFilter\n    $near: NearInput\n    $sort: VacancySort!\n    $first: Int!\n    $sectorFilter: VacancySearchFilter\n    $withSectorCounts: Boolean!\n    $contractFilter: VacancySearchFilter\n    $withContractCounts: Boolean!\n    $municipalityFilter: VacancySearchFilter\n    $withMunicipalityCounts: Boolean!\n    $levelFilter: VacancySearchFilter\n    $withLevelCounts: Boolean!\n  ) {\n    vacancies(\n      query: $query\n      filter: $filter\n      near: $near\n      sort: $sort\n      first: $first\n      facets: [SECTOR, CONTRACT_TYPE, LEVEL, MUNICIPALITY, GARANTIEBAAN, BBL]\n    ) {\n      totalCount\n      degraded\n      hits {\n        node {\n          id\n        }\n        ...VacancyCard_Hit\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    sectorCounts: vacancies(query: $query, filter: $sectorFilter, near: $near, first: 1, facets: [SECTOR]) @include(if: $withSectorCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    contractCounts: vacancies(query: $query, filter: $contractFilter, near: $near, first: 1, facets: [CONTRACT_TYPE])\n      @include(if: $withContractCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    municipalityCounts: vacancies(query: $query, filter: $municipalityFilter, near: $near, first: 1, facets: [MUNICIPALITY])\n      @include(if: $withMunicipalityCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n    levelCounts: vacancies(query: $query, filter: $levelFilter, near: $near, first: 1, facets: [LEVEL]) @include(if: $withLevelCounts) {\n      facets {\n        ...FacetGroup_Facet\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;