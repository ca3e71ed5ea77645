/**
 * Term dictionary + postings.
 *
 * A posting is one int32: (slot << FIELD_BITS) | fieldMask, where fieldMask has
 * bit f set when searchable field f of the document contains the term. One
 * packed array per term halves memory and keeps the scoring loop on a single
 * sequential stream. Postings are append-only and therefore sorted by slot;
 * dead slots are filtered by the caller's live bitset until compaction.
 * Sorted views for prefix/typo lookups live in sorted-views.ts.
 */

import { stemDutch } from '@werkbrug/text/stem-dutch';
import { SortedViews, type SortedView } from './sorted-views.ts';
import { PostingBatch } from './posting-batch.ts';
import { TermTable, hashString } from './term-table.ts';

export const FIELD_BITS = 8;
export const FIELD_MASK = (1 << FIELD_BITS) - 1;
/** Slots must fit in the remaining 23 bits of a positive int32. */
export const MAX_SLOTS = 1 << (31 - FIELD_BITS);

const EMPTY: readonly number[] = [];
/** Slots per block of blockFields (2^14): the unit of block-scan.ts's score bound. */
export const FIELD_BLOCK_SHIFT = 14;
/** Postings before a term keeps per-block fields (rare terms never need the bound). */
const BLOCK_FIELDS_FROM = 256;

export class TermIndex {
  terms: string[] = [];
  private table = new TermTable(() => this.terms);
  postings: Int32Array[] = [];
  lengths = new Int32Array(1024);
  /** Per term, the OR of its postings' field masks: which fields it occurs in at all (a score bound). */
  fields = new Uint8Array(1024);
  /** Per frequent term, the fields it occurs in per block of 2^FIELD_BLOCK_SHIFT slots. */
  blockFields: (Uint8Array | undefined)[] = [];
  private stemOf: string[] = [];
  private byStem = new Map<string, number[]>();
  private sorted = new SortedViews();
  private batch = new PostingBatch();

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    const id = this.table.find(term);
    return id < 0 ? undefined : id;
  }

  getOrAdd(term: string): number {
    const hash = hashString(term);
    const known = this.table.findSlice(term, 0, term.length, hash);
    return known >= 0 ? known : this.add(term, hash);
  }

  /** Id of text[start, end) whose hashString() is `hash`, adding the term if new (no substring unless new). */
  getOrAddSlice(text: string, start: number, end: number, hash: number): number {
    const known = this.table.findSlice(text, start, end, hash);
    return known >= 0 ? known : this.add(text.slice(start, end), hash);
  }

  /**
   * Like getOrAddSlice for a slice of [A-Za-z0-9] only, compared and added lower-cased (hash is of the
   * lower-cased slice): token-scan.ts reads ASCII text without lower-casing it first.
   */
  getOrAddAsciiSlice(text: string, start: number, end: number, hash: number): number {
    const known = this.table.findAsciiSlice(text, start, end, hash);
    return known >= 0 ? known : this.add(text.slice(start, end).toLowerCase(), hash);
  }

  private add(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.table.insert(id, hash);
    this.postings.push(new Int32Array(2));
    if (id >= this.lengths.length) {
      const grown = new Int32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
      const fields = new Uint8Array(grown.length);
      fields.set(this.fields);
      this.fields = fields;
    }
    const stem = stemDutch(term);
    this.stemOf.push(stem);
    const group = this.byStem.get(stem);
    if (group) group.push(id);
    else this.byStem.set(stem, [id]);
    this.sorted.add(id);
    return id;
  }

  /**
   * Appends a batch of postings: pair i is (terms[i], packed[i]), in slot order. Grouped per term
   * first (a stable counting sort), so each term's array grows at most once per batch and is written
   * as one run: appending posting by posting touched some 150 arrays per document, and the cache
   * misses and re-allocations of that were most of a bulk load. The result is the same as appending
   * the pairs one at a time.
   */
  appendBatch(terms: Int32Array, packed: Int32Array, n: number): void {
    const grouped = this.batch.group(terms, packed, n, this.terms.length);
    for (let g = 0; g < grouped.count; g++) {
      const id = grouped.terms[g] as number;
      const from = grouped.starts[g] as number;
      this.appendRun(id, grouped.postings, from, grouped.starts[g + 1] as number);
    }
  }

  private appendRun(termId: number, run: Int32Array, from: number, to: number): void {
    const n = this.lengths[termId] as number;
    const need = n + to - from;
    let arr = this.postings[termId] as Int32Array;
    if (need > arr.length) {
      const grown = new Int32Array(Math.max(need, n < 64 ? n * 2 : n + (n >> 1)));
      grown.set(arr.subarray(0, n));
      this.postings[termId] = arr = grown;
    }
    arr.set(run.subarray(from, to), n);
    this.lengths[termId] = need;
    let mask = 0;
    for (let j = from; j < to; j++) mask |= run[j] as number;
    this.fields[termId]! |= mask & FIELD_MASK;
    if (need < BLOCK_FIELDS_FROM) return;
    let blocks = this.blockFields[termId];
    if (!blocks) {
      this.blockFields[termId] = blockFieldsOf(arr, need);
      return;
    }
    const last = (arr[need - 1] as number) >>> (FIELD_BITS + FIELD_BLOCK_SHIFT);
    if (last >= blocks.length) {
      const grown = new Uint8Array(Math.max(last + 1, blocks.length * 2));
      grown.set(blocks);
      this.blockFields[termId] = blocks = grown;
    }
    for (let j = from; j < to; j++) {
      const v = run[j] as number;
      blocks[v >>> (FIELD_BITS + FIELD_BLOCK_SHIFT)]! |= v & FIELD_MASK;
    }
  }

  /**
   * Gives back the growth slack of every postings array (up to a third of each, after growing by
   * half): for after a bulk load, when no big growth follows. The next append to a trimmed term
   * copies its array once; that is why this is not done after every write.
   */
  trim(): void {
    for (let t = 0; t < this.terms.length; t++) {
      const arr = this.postings[t] as Int32Array;
      const len = this.lengths[t] as number;
      if (arr.length > len) this.postings[t] = arr.slice(0, len);
    }
  }

  /** Number of postings (live or not): a cheap document-frequency estimate. */
  docFreq(termId: number): number {
    return this.lengths[termId] as number;
  }

  /** Terms sharing the Dutch stem of `word` (e.g. "monteurs" for "monteur"). */
  termsWithStem(word: string): readonly number[] {
    return this.byStem.get(stemDutch(word)) ?? EMPTY;
  }

  /** Sorted views to search; call ensureSorted() first. */
  views(): SortedView[] {
    return this.sorted.views();
  }

  /** Make terms added since the last search visible to prefix/typo lookups. */
  ensureSorted(): void {
    this.sorted.ensure(this.terms);
  }

  /**
   * Rewrite postings through `remap` (old slot -> new slot, -1 = dead) and drop
   * terms left without postings, so the dictionary does not keep growing with
   * words of long-gone documents.
   */
  compact(remap: Int32Array): void {
    this.ensureSorted();
    const n = this.terms.length;
    const newId = new Int32Array(n).fill(-1);
    const terms: string[] = [];
    const postings: Int32Array[] = [];
    const stemOf: string[] = [];
    const lengths = new Int32Array(Math.max(1024, n));
    // A superset after dropping dead postings, which is all a bound needs.
    const fields = new Uint8Array(lengths.length);
    const blockFields: (Uint8Array | undefined)[] = [];
    for (let t = 0; t < n; t++) {
      let arr = this.postings[t] as Int32Array;
      const len = this.lengths[t] as number;
      let w = 0;
      for (let j = 0; j < len; j++) {
        const v = arr[j] as number;
        const slot = remap[v >>> FIELD_BITS] as number;
        if (slot >= 0) arr[w++] = (slot << FIELD_BITS) | (v & FIELD_MASK);
      }
      if (w === 0) continue;
      if (arr.length > 2 * w + 8) arr = arr.slice(0, w);
      newId[t] = terms.length;
      lengths[terms.length] = w;
      fields[terms.length] = this.fields[t] as number;
      if (w >= BLOCK_FIELDS_FROM) blockFields[terms.length] = blockFieldsOf(arr, w);
      terms.push(this.terms[t] as string);
      postings.push(arr);
      stemOf.push(this.stemOf[t] as string);
    }
    this.terms = terms;
    this.postings = postings;
    this.lengths = lengths;
    this.fields = fields;
    this.blockFields = blockFields;
    this.stemOf = stemOf;
    this.table.reset(terms);
    this.byStem = new Map();
    for (let t = 0; t < terms.length; t++) {
      const stem = stemOf[t] as string;
      const group = this.byStem.get(stem);
      if (group) group.push(t);
      else this.byStem.set(stem, [t]);
    }
    this.sorted.remap(newId, terms);
  }

  clear(): void {
    this.terms = [];
    this.table = new TermTable(() => this.terms);
    this.postings = [];
    this.lengths = new Int32Array(1024);
    this.fields = new Uint8Array(1024);
    this.blockFields = [];
    this.stemOf = [];
    this.byStem = new Map();
    this.sorted = new SortedViews();
  }
}

/** Fields per block of slots, from a term's postings. */
function blockFieldsOf(arr: Int32Array, len: number): Uint8Array {
  const last = len > 0 ? (arr[len - 1] as number) >>> (FIELD_BITS + FIELD_BLOCK_SHIFT) : 0;
  const blocks = new Uint8Array(last + 1);
  for (let j = 0; j < len; j++) {
    const v = arr[j] as number;
    blocks[v >>> (FIELD_BITS + FIELD_BLOCK_SHIFT)]! |= v & FIELD_MASK;
  }
  return blocks;
}
