/**
 * Facet distribution over the full matching set (not just the returned
 * page), counted from typed columns. Unlike Meilisearch's default
 * maxValuesPerFacet (100) every value is returned, so counts of a
 * single-valued field always add up to the number of matches having it.
 */

import type { Column } from './columns.ts';

let counts = new Int32Array(256);

export function computeFacets(
  fields: readonly string[],
  columns: ReadonlyMap<string, Column>,
  slots: Int32Array,
  n: number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const field of fields) {
    const column = columns.get(field);
    if (!column) throw new Error(`Attribute \`${field}\` is not filterable`);
    out[field] = facetOf(column, slots, n);
  }
  return out;
}

function facetOf(column: Column, slots: Int32Array, n: number): Record<string, number> {
  const result: Record<string, number> = {};
  if (column.kind === 'number') return numberFacet(column.values, slots, n);
  if (column.kind === 'boolean') {
    let t = 0;
    let f = 0;
    const vals = column.values;
    for (let i = 0; i < n; i++) {
      const v = vals[slots[i] as number];
      if (v === 1) t++;
      else if (v === 0) f++;
    }
    if (f > 0) result.false = f;
    if (t > 0) result.true = t;
    return result;
  }
  // The counts buffer is module-level and reused: facets run on every faceted query.
  const labels = column.labels;
  if (counts.length < labels.length) counts = new Int32Array(labels.length * 2);
  counts.fill(0, 0, labels.length);
  if (column.kind === 'keyword') {
    const vals = column.values;
    for (let i = 0; i < n; i++) {
      const code = vals[slots[i] as number] as number;
      if (code >= 0) counts[code]!++;
    }
  } else {
    const { start, count } = column;
    const pool = column.pool.data;
    for (let i = 0; i < n; i++) {
      const s = slots[i] as number;
      const from = start[s] as number;
      const to = from + (count[s] as number);
      for (let j = from; j < to; j++) counts[pool[j] as number]!++;
    }
  }
  for (let code = 0; code < labels.length; code++) {
    const c = counts[code] as number;
    if (c > 0) result[labels[code] as string] = c;
  }
  return result;
}

/** Numeric facet values that are small non-negative integers (levels, hours) are tallied in an array. */
const SMALL_INT_LIMIT = 4096;
const smallCounts = new Int32Array(SMALL_INT_LIMIT);

/**
 * Counts per numeric value, ascending. Small non-negative integers are counted in a typed array, the
 * rest in a Map: a Map update per match cost more than the text match at a million documents.
 */
function numberFacet(vals: Float64Array, slots: Int32Array, n: number): Record<string, number> {
  const small = smallCounts;
  small.fill(0);
  let other: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const v = vals[slots[i] as number] as number;
    // -0 lands in bucket 0 and prints as "0", as it did as a Map key.
    if (v >= 0 && v < SMALL_INT_LIMIT && Math.floor(v) === v) small[v]!++;
    else if (!Number.isNaN(v)) {
      other ??= new Map();
      other.set(v, (other.get(v) ?? 0) + 1);
    }
  }
  const entries: [number, number][] = other ? [...other] : [];
  for (let v = 0; v < SMALL_INT_LIMIT; v++) {
    const c = small[v] as number;
    if (c > 0) entries.push([v, c]);
  }
  const result: Record<string, number> = {};
  for (const [v, c] of entries.sort((a, b) => a[0] - b[0])) result[String(v)] = c;
  return result;
}
