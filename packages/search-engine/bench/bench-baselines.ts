/**
 * Baselines the benchmark compares the engine with:
 * - a naive linear scan (lower-cased substring match of every query word over
 *   the concatenated searchable text, plus the same filters/geo/facets/sort
 *   evaluated on document objects);
 * - MiniSearch with Meilisearch-like fuzziness (1 typo from 5 letters, 2 from
 *   9) and prefix on the last word; text only.
 */

import MiniSearch from 'minisearch';
import { filterKinds, matchesFilter } from '../test/filter-reference.ts';
import { haversineKm } from '@werkbrug/shared/region/geo';
import type { EngineSchema, SearchRequest } from '../src/schema.ts';
import { foldText, tokenizeQuery } from '@werkbrug/text/tokenize';

export interface BaselineResult {
  total: number;
  ids: string[];
}

export function createLinearScan(docs: readonly Record<string, unknown>[], schema: EngineSchema) {
  const kinds = filterKinds(schema);
  const texts = docs.map((d) =>
    foldText(
      schema.searchable
        .map(({ field }) =>
          [d[field]]
            .flat()
            .filter((v) => typeof v === 'string')
            .join(' '),
        )
        .join(' '),
    ),
  );
  return {
    search(req: SearchRequest): BaselineResult {
      const words = req.q ? tokenizeQuery(req.q).words : [];
      const hits: { i: number; km: number }[] = [];
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as Record<string, unknown>;
        const text = texts[i] as string;
        if (!words.every((w) => text.includes(w))) continue;
        if (req.filter && !matchesFilter(doc, req.filter, kinds)) continue;
        let km = NaN;
        const center = req.geo ?? req.around;
        if (center && schema.geoField) {
          const p = doc[schema.geoField] as { lat: number; lng: number } | undefined;
          km = p ? haversineKm(center.lat, center.lng, p.lat, p.lng) : Infinity;
          if (req.geo && !(km <= req.geo.radiusKm)) continue;
        }
        hits.push({ i, km });
      }
      for (const field of req.facets ?? []) {
        const counts = new Map<string, number>();
        for (const { i } of hits) {
          for (const v of [docs[i]?.[field]].flat()) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
        }
      }
      if (req.sort?.some((s) => 'geoDistance' in s)) hits.sort((a, b) => a.km - b.km);
      const limit = req.limit ?? 20;
      const offset = req.offset ?? 0;
      return {
        total: hits.length,
        ids: hits.slice(offset, offset + limit).map(({ i }) => String(docs[i]?.[schema.primaryKey])),
      };
    },
  };
}

export function createMiniSearch(docs: readonly Record<string, unknown>[], schema: EngineSchema) {
  const fields = schema.searchable.map((s) => s.field);
  const boost = Object.fromEntries(schema.searchable.map((s) => [s.field, s.weight]));
  const mini = new MiniSearch<Record<string, unknown>>({
    idField: schema.primaryKey,
    fields,
    extractField: (doc, field) => {
      const v = doc[field];
      return Array.isArray(v) ? v.join(' ') : (v as string);
    },
    processTerm: (term) => foldText(term),
    searchOptions: {
      boost,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      prefix: (_term, i, terms) => i === terms.length - 1,
    },
  });
  mini.addAll(docs as Record<string, unknown>[]);
  return {
    search(req: SearchRequest): BaselineResult {
      const results = mini.search(req.q ?? '');
      const limit = req.limit ?? 20;
      const offset = req.offset ?? 0;
      return { total: results.length, ids: results.slice(offset, offset + limit).map((r) => String(r.id)) };
    },
  };
}
