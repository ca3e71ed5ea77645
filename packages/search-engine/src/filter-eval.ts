/**
 * Evaluates the Filter AST into a bitset over slots, using value postings for
 * keyword(s) equality and tight scans of typed columns for numbers and
 * booleans. `not` complements within all slots; the caller ANDs with the live
 * set. A missing value never satisfies a comparison, so `not` includes
 * documents without the field, as in Meilisearch.
 */

import { type Bitset, andInto, fullBitset, newBitset, notInPlace, orInto } from './bitset.ts';
import { type Column, KeywordColumn, KeywordsColumn, toNumber } from './columns.ts';
import type { Filter } from './schema.ts';

type Leaf = Extract<Filter, { field: string }>;

// Bit sets are inlined in the loops below: an imported function is a getter
// call per slot under tsx/vitest.
type Range = { gte?: number; lte?: number; gt?: number; lt?: number };

export function evaluateFilter(filter: Filter, columns: ReadonlyMap<string, Column>, slots: number): Bitset {
  if ('and' in filter) {
    if (filter.and.length === 0) return fullBitset(slots);
    const [first, ...rest] = filter.and;
    const acc = evaluateFilter(first as Filter, columns, slots);
    for (const f of rest) andInto(acc, evaluateFilter(f, columns, slots));
    return acc;
  }
  if ('or' in filter) {
    const acc = newBitset(slots);
    for (const f of filter.or) orInto(acc, evaluateFilter(f, columns, slots));
    return acc;
  }
  if ('not' in filter) return notInPlace(evaluateFilter(filter.not, columns, slots), slots);
  return evaluateLeaf(filter, columns, slots);
}

function evaluateLeaf(leaf: Leaf, columns: ReadonlyMap<string, Column>, slots: number): Bitset {
  const column = columns.get(leaf.field);
  if (!column) throw new Error(`Attribute \`${leaf.field}\` is not filterable`);
  if ('eq' in leaf) return matchValues(column, [leaf.eq], slots);
  if ('in' in leaf) return matchValues(column, leaf.in, slots);
  if (column.kind !== 'number') throw new Error(`Range filter on non-numeric attribute \`${leaf.field}\``);
  return matchRange(column.values, leaf, slots);
}

function matchValues(column: Column, values: readonly (string | number | boolean)[], slots: number): Bitset {
  const out = newBitset(slots);
  if (column instanceof KeywordColumn || column instanceof KeywordsColumn) {
    for (const v of values) {
      const code = column.code(v);
      if (code === undefined) continue;
      const list = column.postings[code]!;
      const data = list.data;
      for (let i = 0; i < list.length; i++) {
        const slot = data[i] as number;
        out[slot >>> 5]! |= 1 << (slot & 31);
      }
    }
    return out;
  }
  if (column.kind === 'boolean') {
    const want = new Set<number>(
      values.map((v) => (v === true || v === 'true' ? 1 : v === false || v === 'false' ? 0 : -2)),
    );
    const vals = column.values;
    for (let s = 0; s < slots; s++) if (want.has(vals[s] as number)) out[s >>> 5]! |= 1 << (s & 31);
    return out;
  }
  const nums = values.map(toNumber).filter((n) => !Number.isNaN(n));
  const vals = column.values;
  if (nums.length === 1) {
    const x = nums[0] as number;
    for (let s = 0; s < slots; s++) if (vals[s] === x) out[s >>> 5]! |= 1 << (s & 31);
  } else if (nums.length > 1) {
    const want = new Set(nums);
    for (let s = 0; s < slots; s++) if (want.has(vals[s] as number)) out[s >>> 5]! |= 1 << (s & 31);
  }
  return out;
}

function matchRange(vals: Float64Array, r: Range, slots: number): Bitset {
  const out = newBitset(slots);
  // Fold the four bounds into [lo, hi] with strictness flags; NaN never passes.
  let lo = -Infinity;
  let hi = Infinity;
  let loStrict = false;
  let hiStrict = false;
  if (r.gte !== undefined && r.gte > lo) lo = r.gte;
  if (r.gt !== undefined && r.gt >= lo) {
    lo = r.gt;
    loStrict = true;
  }
  if (r.lte !== undefined && r.lte < hi) hi = r.lte;
  if (r.lt !== undefined && r.lt <= hi) {
    hi = r.lt;
    hiStrict = true;
  }
  for (let s = 0; s < slots; s++) {
    const v = vals[s] as number;
    if ((loStrict ? v > lo : v >= lo) && (hiStrict ? v < hi : v <= hi)) out[s >>> 5]! |= 1 << (s & 31);
  }
  return out;
}
