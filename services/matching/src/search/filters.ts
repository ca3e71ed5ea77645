import type { Filter, SortClause } from '@werkbrug/search-engine/query';
import type { CourseFilter, CourseSort, VacancyFilter, VacancySort } from './port.ts';
import { epochDay } from './documents.ts';

/**
 * Domain filters as the engine-neutral filter tree. Both engines read this tree (Meilisearch through
 * `toMeiliFilter`), so "hours overlap" or "price after funding" means the same everywhere.
 */
const anyOf = (field: string, values: readonly (string | number)[] | undefined): Filter | null =>
  values && values.length > 0 ? { field, in: [...values] } : null;

const range = (field: string, gte?: number, lte?: number): Filter | null =>
  gte === undefined && lte === undefined
    ? null
    : { field, ...(gte !== undefined ? { gte } : {}), ...(lte !== undefined ? { lte } : {}) };

function all(parts: (Filter | null)[]): Filter | undefined {
  const present = parts.filter((p): p is Filter => p !== null);
  return present.length === 0 ? undefined : present.length === 1 ? present[0] : { and: present };
}

export function vacancyFilter(f: VacancyFilter = {}): Filter | undefined {
  return all([
    anyOf('sector', f.sectors),
    anyOf('outlook', f.outlooks),
    anyOf('municipality', f.municipalities),
    anyOf('occupationUri', f.occupationUris),
    anyOf('contractType', f.contractTypes),
    anyOf('employerId', f.employerIds),
    range('level', f.levelMin, f.levelMax),
    // Overlap of [hoursMin, hoursMax] with the wanted range.
    f.hoursMin !== undefined ? { field: 'hoursMax', gte: f.hoursMin } : null,
    f.hoursMax !== undefined ? { field: 'hoursMin', lte: f.hoursMax } : null,
    f.garantiebaan !== undefined ? { field: 'garantiebaan', eq: f.garantiebaan } : null,
    f.bbl !== undefined ? { field: 'bbl', eq: f.bbl } : null,
    f.minSalary !== undefined ? { field: 'salaryMonthly', gte: f.minSalary } : null,
    f.postedSince !== undefined ? { field: 'postedDay', gte: epochDay(f.postedSince) } : null,
  ]);
}

export function courseFilter(f: CourseFilter = {}): Filter | undefined {
  return all([
    anyOf('providerId', f.providerIds),
    anyOf('mode', f.modes),
    anyOf('funding', f.fundingSchemes),
    anyOf('kind', f.kinds),
    anyOf('skillUris', f.skillUris),
    anyOf('occupationUris', f.occupationUris),
    range('level', f.levelMin, f.levelMax),
    f.maxDurationWeeks !== undefined ? { field: 'durationWeeks', lte: f.maxDurationWeeks } : null,
    f.maxPriceAfterFunding !== undefined ? { field: 'priceAfterFunding', lte: f.maxPriceAfterFunding } : null,
    f.startsBefore !== undefined ? { field: 'firstStartDay', lte: epochDay(f.startsBefore) } : null,
  ]);
}

export function vacancySort(sort: VacancySort | undefined, hasPoint: boolean): SortClause[] | undefined {
  switch (sort) {
    case 'distance':
      return hasPoint ? [{ geoDistance: 'asc' }] : undefined;
    case 'newest':
      return [{ field: 'postedDay', order: 'desc' }];
    case 'salary':
      return [{ field: 'salaryMonthly', order: 'desc' }];
    default:
      return undefined;
  }
}

export function courseSort(sort: CourseSort | undefined, hasPoint: boolean): SortClause[] | undefined {
  switch (sort) {
    case 'distance':
      return hasPoint ? [{ geoDistance: 'asc' }] : undefined;
    case 'price':
      return [{ field: 'priceAfterFunding', order: 'asc' }];
    case 'duration':
      return [{ field: 'durationWeeks', order: 'asc' }];
    case 'startDate':
      return [{ field: 'firstStartDay', order: 'asc' }];
    default:
      return undefined;
  }
}
