/**
 * Public types of the embedded search engine. The engine is generic: it only
 * knows the field roles declared here, never what a document represents.
 *
 * `Filter` is also translated to Meilisearch filter strings elsewhere, so its
 * shape must stay exactly as it is.
 */

export interface EngineSchema {
  /** Field holding the document id (string values; numbers are stringified). */
  primaryKey: string;
  /** doc[field] is string | string[]; earlier/heavier fields rank higher. At most 8 fields. */
  searchable: { field: string; weight: number }[];
  /**
   * keyword = single string; keywords = string[]; number (also dates as epoch
   * days/ms); boolean.
   */
  filterable: { field: string; kind: 'keyword' | 'keywords' | 'number' | 'boolean' }[];
  /** Numeric fields usable in `sort`. */
  sortable: string[];
  /** doc[geoField] = { lat: number; lng: number } */
  geoField?: string;
  /** Groups of mutually equivalent words or phrases. */
  synonyms: string[][];
  stopWords?: string[];
  /**
   * The fields a hit (and get()) carries, as Meilisearch's displayedAttributes; every field when not
   * given. Searchable text is indexed either way; not keeping it is what lets a million documents
   * fit in memory (the text is most of a document).
   */
  storedFields?: string[];
}

export type { Filter, SortClause } from './query.ts';
import type { Filter, SortClause } from './query.ts';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface SearchRequest {
  q?: string;
  filter?: Filter;
  /** Only hits within radius; every hit gets distanceKm. */
  geo?: { lat: number; lng: number; radiusKm: number };
  /** Distance for each hit without restricting. */
  around?: GeoPoint;
  /** Applied before relevance (see ranking notes in text-match.ts). */
  sort?: SortClause[];
  /** keyword/keywords/boolean (and number) fields -> value -> count over ALL matching docs. */
  facets?: string[];
  offset?: number;
  /** Default 20, max 1000. */
  limit?: number;
}

export interface SearchHit<D> {
  doc: D;
  /** Relevance in [0, 1]; 1 for placeholder (empty q) searches. */
  score: number;
  distanceKm?: number;
}

export interface SearchResult<D> {
  hits: SearchHit<D>[];
  /** Number of matches; an estimate when `estimatedTotal` is set (see block-scan.ts). */
  total: number;
  /** Set when a broad search stopped once its page was settled, so `total` is extrapolated. */
  estimatedTotal?: true;
  facets: Record<string, Record<string, number>>;
  tookMs: number;
}

export interface EngineStats {
  live: number;
  slots: number;
  dead: number;
  terms: number;
  compactions: number;
}

export interface SearchEngine<D extends Record<string, unknown>> {
  /** Add or replace whole documents by primary key (idempotent). */
  upsert(docs: D[]): void;
  remove(ids: string[]): void;
  get(id: string): D | undefined;
  /** All live primary keys, in first-insertion order. */
  ids(): string[];
  size(): number;
  search(req: SearchRequest): SearchResult<D>;
  clear(): void;
  /**
   * Gives back the memory held for growth (postings grow by half when full): call after a bulk load.
   * Changes no result; the next write to a trimmed term copies its postings once.
   */
  trim(): void;
  /** Diagnostics (not part of the Meilisearch contract). */
  stats(): EngineStats;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;
/** Meilisearch ignores query words beyond the 10th. */
export const MAX_QUERY_WORDS = 10;
