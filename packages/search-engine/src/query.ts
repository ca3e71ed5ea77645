/**
 * The engine-neutral query vocabulary: filters and sorts as data. The embedded engine evaluates it
 * and the Meilisearch adapter translates it to Meilisearch's filter strings, so neither adapter
 * depends on the other.
 */
export type Filter =
  | { and: Filter[] }
  | { or: Filter[] }
  | { not: Filter }
  | { field: string; eq: string | number | boolean }
  | { field: string; in: (string | number)[] }
  | { field: string; gte?: number; lte?: number; gt?: number; lt?: number };

export type SortClause = { field: string; order: 'asc' | 'desc' } | { geoDistance: 'asc' | 'desc' };
