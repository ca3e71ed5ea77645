/**
 * Typed per-slot columns for filtering, faceting and sorting, so none of
 * those ever walk document objects.
 *
 * String values are matched case-insensitively (Meilisearch normalises facet
 * values the same way); facet counts are reported under the first original
 * spelling seen for a value.
 */

import { IntList, growTyped } from './int-list.ts';

export function keywordKey(value: unknown): string {
  return String(value).trim().toLowerCase();
}

export class NumberColumn {
  readonly kind = 'number';
  values = new Float64Array(0);

  grow(capacity: number): void {
    this.values = growTyped(this.values, capacity, NaN);
  }

  set(slot: number, value: unknown): void {
    this.values[slot] = toNumber(value);
  }

  compact(remap: Int32Array, count: number): void {
    this.values = remapValues(this.values, remap, count, NaN);
  }
}

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return NaN;
}

export class BooleanColumn {
  readonly kind = 'boolean';
  /** -1 missing, 0 false, 1 true */
  values = new Int8Array(0);

  grow(capacity: number): void {
    this.values = growTyped(this.values, capacity, -1);
  }

  set(slot: number, value: unknown): void {
    this.values[slot] = value === true || value === 'true' ? 1 : value === false || value === 'false' ? 0 : -1;
  }

  compact(remap: Int32Array, count: number): void {
    this.values = remapValues(this.values, remap, count, -1);
  }
}

/** Value dictionary + slot postings per value, shared by keyword and keywords columns. */
abstract class ValueColumn {
  codes = new Map<string, number>();
  labels: string[] = [];
  postings: IntList[] = [];

  code(value: unknown): number | undefined {
    return this.codes.get(keywordKey(value));
  }

  protected codeFor(value: unknown): number {
    const key = keywordKey(value);
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.labels.length;
      this.codes.set(key, code);
      this.labels.push(String(value));
      this.postings.push(new IntList());
    }
    return code;
  }

  protected compactPostings(remap: Int32Array): void {
    for (const p of this.postings) p.remap(remap);
  }
}

export class KeywordColumn extends ValueColumn {
  readonly kind = 'keyword';
  /** value code per slot, -1 when missing */
  values = new Int32Array(0);

  grow(capacity: number): void {
    this.values = growTyped(this.values, capacity, -1);
  }

  set(slot: number, value: unknown): void {
    if (value === undefined || value === null || typeof value === 'object') return;
    const code = this.codeFor(value);
    this.values[slot] = code;
    this.postings[code]!.push(slot);
  }

  compact(remap: Int32Array, count: number): void {
    this.values = remapValues(this.values, remap, count, -1);
    this.compactPostings(remap);
  }
}

/** Multi-valued strings: CSR layout (start/count per slot into one shared pool). */
export class KeywordsColumn extends ValueColumn {
  readonly kind = 'keywords';
  start = new Int32Array(0);
  count = new Int32Array(0);
  pool = new IntList(1024);

  grow(capacity: number): void {
    this.start = growTyped(this.start, capacity, 0);
    this.count = growTyped(this.count, capacity, 0);
  }

  set(slot: number, value: unknown): void {
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    this.start[slot] = this.pool.length;
    let n = 0;
    const seen = new Set<number>();
    for (const item of list) {
      if (item === undefined || item === null || typeof item === 'object') continue;
      const code = this.codeFor(item);
      if (seen.has(code)) continue;
      seen.add(code);
      this.pool.push(code);
      this.postings[code]!.push(slot);
      n++;
    }
    this.count[slot] = n;
  }

  compact(remap: Int32Array, count: number): void {
    const start = new Int32Array(Math.max(this.start.length, count));
    const counts = new Int32Array(Math.max(this.count.length, count));
    const pool = new IntList(Math.max(1024, this.pool.length));
    for (let old = 0; old < remap.length; old++) {
      const to = remap[old] as number;
      if (to < 0) continue;
      const s = this.start[old] as number;
      const n = this.count[old] as number;
      start[to] = pool.length;
      counts[to] = n;
      for (let i = 0; i < n; i++) pool.push(this.pool.data[s + i] as number);
    }
    this.start = start;
    this.count = counts;
    this.pool = pool;
    this.compactPostings(remap);
  }
}

export type Column = NumberColumn | BooleanColumn | KeywordColumn | KeywordsColumn;

function remapValues<T extends Float64Array | Int32Array | Int8Array>(
  values: T,
  remap: Int32Array,
  count: number,
  fill: number,
): T {
  const out = new (values.constructor as new (n: number) => T)(Math.max(values.length, count));
  out.fill(fill);
  for (let old = 0; old < remap.length; old++) {
    const to = remap[old] as number;
    if (to >= 0) out[to] = values[old] as number;
  }
  return out;
}
