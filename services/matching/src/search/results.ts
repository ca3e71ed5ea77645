import type { FacetCounts } from './port.ts';

/** Facet counts in a stable order: most frequent first, then by value. */
export function sortedFacets(facets: Record<string, Record<string, number>>): FacetCounts[] {
  return Object.entries(facets).map(([field, counts]) => ({
    field,
    values: Object.entries(counts)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
  }));
}
