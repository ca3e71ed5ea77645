/**
 * One search: filter bitset -> text matches (or every allowed slot for an
 * empty query) -> geo radius -> facets over the full match set -> top-k by
 * sort keys then relevance -> hits.
 *
 * Ranking choice: when `sort` is given it orders results FIRST and relevance
 * only breaks ties. (Meilisearch's default rule list places `sort` after
 * words/typo/proximity/attribute; the product asked for sort-first, which
 * makes "nearest first" or "newest first" behave predictably.) The final tie
 * breaker is first-insertion order, like Meilisearch's internal document id.
 */

import { haversineKm, haversineTermFromKm, kmFromHaversineTerm } from '@werkbrug/shared/region/geo';
import { TopK } from '@werkbrug/text/top-k';
import { andInto, collectBits, type Bitset } from './bitset.ts';
import type { EngineState } from './engine-state.ts';
import { computeFacets } from './facets.ts';
import { evaluateFilter } from './filter-eval.ts';
import { planQuery, type QueryUnit } from './query-plan.ts';
import { blockScan, wantsBlockScan } from './block-scan.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchHit, type SearchRequest, type SearchResult } from './schema.ts';
import { BUCKET_WEIGHT, UNIT_MAX } from './ranking.ts';

// Scratch buffers shared by all engines: search is synchronous, and results
// never keep references to them.
let matchedBuf = new Int32Array(0);
let geoBuf = new Float64Array(0);
const keyBufs: Float64Array[] = [];
const SEQ_FUSE_LIMIT = 2 ** 21;

function keyBuffer(i: number, size: number): Float64Array {
  let buf = keyBufs[i];
  if (!buf || buf.length < size) keyBufs[i] = buf = new Float64Array(Math.max(size, 1024));
  return buf;
}

export function executeSearch<D>(state: EngineState, req: SearchRequest): SearchResult<D> {
  const started = performance.now();
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(finiteOr(req.limit, DEFAULT_LIMIT))));
  const offset = Math.max(0, Math.floor(finiteOr(req.offset, 0)));
  if (matchedBuf.length < state.capacity) matchedBuf = new Int32Array(state.capacity);
  const matched = matchedBuf;

  let allowed: Bitset = state.alive;
  if (req.filter) allowed = andInto(evaluateFilter(req.filter, state.columns, state.slots), state.alive);

  const units = req.q ? planQuery(req.q, state.dict, state.synonyms, state.stopWords) : null;
  // A broad one-word search whose page depends on relevance alone may stop early (block-scan.ts).
  const relevanceOnly = !req.sort?.length && !req.facets?.length && !req.geo && !req.around;
  let n: number;
  let total: number | undefined;
  if (units && relevanceOnly && wantsBlockScan(state, units)) {
    const scan = blockScan(state, units[0] as QueryUnit, allowed, matched, offset + limit);
    n = scan.count;
    if (scan.stopped) total = scan.total;
  } else {
    n = units ? state.matcher.run(units, state.dict, allowed, state.attr, matched) : collectBits(allowed, matched);
  }

  // Geo: radius filter and/or distances, as haversine terms aligned with `matched`.
  const center = req.geo ?? req.around;
  const sortsByGeo = req.sort?.some((c) => 'geoDistance' in c) ?? false;
  if ((req.geo || sortsByGeo) && !state.geo) throw new Error('Geo search needs `geoField` in the schema');
  if (sortsByGeo && !center) throw new Error('geoDistance sort needs `geo` or `around`');
  let geoA: Float64Array | undefined;
  if (state.geo && center && (req.geo || sortsByGeo)) {
    if (geoBuf.length < state.capacity) geoBuf = new Float64Array(state.capacity);
    geoA = geoBuf;
    if (req.geo) n = state.geo.within(center.lat, center.lng, haversineTermFromKm(req.geo.radiusKm), matched, n, geoA);
    else state.geo.aFor(center.lat, center.lng, matched, n, geoA);
  }

  const facets = req.facets && req.facets.length > 0 ? computeFacets(req.facets, state.columns, matched, n) : {};

  const keys = sortKeys(state, req, matched, n, geoA);
  const key = keyBuffer(keys.length, n);
  if (units && state.nextSeq <= SEQ_FUSE_LIMIT) {
    // Relevance then insertion order fused into one exact float key:
    // raw score < 2^31, seq < 2^21, product < 2^52.
    state.matcher.writeKeys(matched, n, key, SEQ_FUSE_LIMIT, state.seq);
    keys.push(key);
  } else {
    if (units) {
      state.matcher.writeKeys(matched, n, key, 1, undefined);
      keys.push(key);
    }
    const seqKey = keyBuffer(keys.length, n);
    const seq = state.seq;
    for (let i = 0; i < n; i++) seqKey[i] = seq[matched[i] as number] as number;
    keys.push(seqKey);
  }

  const order = selectTopK(n, offset + limit, keys);
  const maxRaw = units ? units.length * (BUCKET_WEIGHT + UNIT_MAX) : 1;
  const hits: SearchHit<D>[] = [];
  for (let o = offset; o < order.length; o++) {
    const idx = order[o] as number;
    const slot = matched[idx] as number;
    const hit: SearchHit<D> = {
      doc: state.docs[slot] as D,
      score: units ? state.matcher.score(slot) / maxRaw : 1,
    };
    if (center) {
      // geoA is Infinity for documents without a point: they get no distance.
      const km = geoA
        ? (geoA[idx] as number) === Infinity
          ? NaN
          : kmFromHaversineTerm(geoA[idx] as number)
        : distanceOf(state, slot, center);
      if (Number.isFinite(km)) hit.distanceKm = km;
    }
    hits.push(hit);
  }
  const result: SearchResult<D> = { hits, total: total ?? n, facets, tookMs: performance.now() - started };
  if (total !== undefined) result.estimatedTotal = true;
  return result;
}

/**
 * Indexes into the match list of the best `k` matches, best first. Every key array is aligned with
 * the match list and "lower is better"; later arrays break ties of earlier ones, then the match index.
 */
function selectTopK(n: number, k: number, keys: readonly Float64Array[]): Int32Array {
  if (Math.min(n, k) <= 0) return new Int32Array(0);
  const first = keys[0];
  const rest = keys.slice(1);
  const nk = rest.length;
  const top = new TopK(
    k,
    nk === 0
      ? undefined
      : {
          before(a, b) {
            for (let i = 0; i < nk; i++) {
              const key = rest[i] as Float64Array;
              const x = key[a] as number;
              const y = key[b] as number;
              if (x !== y) return x < y;
            }
            return a < b;
          },
        },
  );
  if (!first) {
    for (let x = 0; x < n; x++) top.push(0, x);
    return top.sortedSlots();
  }
  // TopK rejects a score below its k-th best on its own; checking that threshold here first keeps the
  // call out of the loop for almost all of a broad match (a short prefix matches most documents).
  let threshold = -Infinity;
  for (let x = 0; x < n; x++) {
    const score = -(first[x] as number);
    if (score < threshold) continue;
    top.push(score, x);
    threshold = top.threshold();
  }
  return top.sortedSlots();
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

function distanceOf(state: EngineState, slot: number, c: { lat: number; lng: number }): number {
  const geo = state.geo;
  if (!geo) return NaN;
  const lat = geo.lat[slot] as number;
  if (Number.isNaN(lat)) return NaN;
  return haversineKm(c.lat, c.lng, (lat * 180) / Math.PI, ((geo.lng[slot] as number) * 180) / Math.PI);
}

/** One "lower is better" key array per sort clause; missing values sort last either way. */
function sortKeys(
  state: EngineState,
  req: SearchRequest,
  matched: Int32Array,
  n: number,
  geoA: Float64Array | undefined,
): Float64Array[] {
  const keys: Float64Array[] = [];
  for (const clause of req.sort ?? []) {
    const key = keyBuffer(keys.length, n);
    if ('geoDistance' in clause) {
      const a = geoA as Float64Array;
      const sign = clause.geoDistance === 'desc' ? -1 : 1;
      for (let i = 0; i < n; i++) {
        const v = a[i] as number;
        key[i] = v === Infinity ? Infinity : sign * v;
      }
    } else {
      const column = state.columns.get(clause.field);
      if (column?.kind !== 'number' || !state.schema.sortable.includes(clause.field)) {
        throw new Error(`Attribute \`${clause.field}\` is not sortable`);
      }
      const vals = column.values;
      const sign = clause.order === 'desc' ? -1 : 1;
      for (let i = 0; i < n; i++) {
        const v = vals[matched[i] as number] as number;
        key[i] = Number.isNaN(v) ? Infinity : sign * v;
      }
    }
    keys.push(key);
  }
  return keys;
}
