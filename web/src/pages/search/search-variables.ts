import type { CourseSearchFilter, CourseSort, NearInput, VacancySearchFilter, VacancySort } from '../../gql/graphql.ts';
import { contractTypes, courseModes, courseSorts, vacancySorts, type SearchState } from './search-state.ts';

/** Results per page, for the first page and every "Meer laden". */
export const pageSize = 20;

/** Facet groups whose counts are asked for without their own filter (see vacancy-search.tsx). */
export type VacancyGroup = 'sector' | 'contractType' | 'municipality' | 'level';
export type CourseGroup = 'funding' | 'mode' | 'level';

export function vacancyFilter(state: SearchState, without?: VacancyGroup): VacancySearchFilter | null {
  const filter: VacancySearchFilter = {};
  if (without !== 'sector' && state.sectors.length) filter.sectors = state.sectors;
  if (without !== 'contractType' && state.contracts.length)
    filter.contractTypes = state.contracts.map((v) => contractTypes[v]);
  if (without !== 'municipality' && state.municipalities.length) filter.municipalities = state.municipalities;
  if (without !== 'level' && state.level !== null)
    Object.assign(filter, { levelMin: state.level, levelMax: state.level });
  if (state.garantiebaan) filter.garantiebaan = true;
  if (state.bbl) filter.bbl = true;
  return Object.keys(filter).length ? filter : null;
}

export function courseFilter(state: SearchState, without?: CourseGroup): CourseSearchFilter | null {
  const filter: CourseSearchFilter = {};
  if (without !== 'funding' && state.funding.length) filter.fundingSchemes = state.funding;
  if (without !== 'mode' && state.modes.length) filter.modes = state.modes.map((v) => courseModes[v]);
  if (without !== 'level' && state.level !== null)
    Object.assign(filter, { levelMin: state.level, levelMax: state.level });
  return Object.keys(filter).length ? filter : null;
}

export function nearInput(state: SearchState): NearInput | null {
  return state.postcode ? { postcode: state.postcode, radiusKm: state.radiusKm } : null;
}

/** With a postcode the nearest come first unless the visitor chose otherwise; without one, distance means nothing. */
function resolveSort<S extends string>(state: SearchState, sorts: Record<string, S>, fallback: S, distance: S): S {
  const chosen = state.sort === null ? undefined : sorts[state.sort];
  if (chosen === distance && !state.postcode) return fallback;
  return chosen ?? (state.postcode ? distance : fallback);
}

export const vacancySort = (state: SearchState): VacancySort =>
  resolveSort<VacancySort>(state, vacancySorts, 'RELEVANCE', 'DISTANCE');
export const courseSort = (state: SearchState): CourseSort =>
  resolveSort<CourseSort>(state, courseSorts, 'RELEVANCE', 'DISTANCE');

/** The text as the API should get it: trimmed, and absent rather than empty. */
export const queryText = (state: SearchState): string | null => state.q.trim() || null;
