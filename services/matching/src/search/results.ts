import type { SearchResult } from './engine/schema.ts';
import type { FacetCounts, SearchHitRef, SearchPage } from './port.ts';

/** Facet counts in a stable order: most frequent first, then by value. */
export function sortedFacets(facets: Record<string, Record<string, number>>): FacetCounts[] {
  return Object.entries(facets).map(([field, counts]) => ({
    field,
    values: Object.entries(counts)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
  }));
}

export function toPage(result: SearchResult<{ id: string }>, degraded = false): SearchPage {
  return {
    hits: result.hits.map((h): SearchHitRef => ({ id: h.doc.id, score: h.score, distanceKm: h.distanceKm ?? null })),
    totalCount: result.total,
    facets: sortedFacets(result.facets),
    degraded,
  };
}
