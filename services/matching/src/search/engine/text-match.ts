/**
 * Scores documents against query units by walking postings only.
 *
 * Ranking reproduces Meilisearch's default rules with one integer per doc:
 *   words      bucket = length of the longest run of query units, from the
 *              first, that the doc matches (matchingStrategy 'last': words
 *              are dropped from the end). Docs must match the first unit.
 *   typo       fewer typos over the matched units          (x 1e6 per unit)
 *   proximity  SKIPPED: positions are not indexed, to keep postings at one
 *              int per (term, doc) and the index small.
 *   attribute  best field weight of each matched unit      (x 1e3 per unit)
 *   exactness  exact/synonym > stem > prefix > typo        (x 1 per unit)
 * score = bucket * 1e8 + sum over matched units of the best candidate's
 * (2 - typos) * 1e6 + attribute * 1e3 + level. With <= 10 units and
 * attribute <= 99 no component can overflow into the next, so comparing
 * scores compares the rules lexicographically. A `sort` request is applied
 * BEFORE this score (see search-exec.ts).
 *
 * Scratch arrays are per-slot and stamped with a generation number, so a
 * query never clears or allocates anything proportional to the index.
 */

import { hasBit, type Bitset } from './bitset.ts';
import type { QueryUnit } from './query-plan.ts';
import { FIELD_BITS, FIELD_MASK, type TermIndex } from './term-index.ts';

export const BUCKET_WEIGHT = 1e8;
export const TYPO_WEIGHT = 1e6;
export const ATTRIBUTE_WEIGHT = 1e3;
export const MAX_ATTRIBUTE = 99;
export const UNIT_MAX = 2 * TYPO_WEIGHT + MAX_ATTRIBUTE * ATTRIBUTE_WEIGHT + 3;

export class TextMatcher {
  private gen = new Int32Array(0);
  private stamp = 0;
  private matched = new Uint8Array(0); // units matched so far, from the first
  private total = new Float64Array(0);
  private current = new Float64Array(0); // score of the unit being processed
  private phraseGen = new Int32Array(0);
  private phraseStamp = 0;
  private phraseCount = new Uint8Array(0);
  private phraseAttr = new Float64Array(0);

  ensureCapacity(capacity: number): void {
    if (this.gen.length >= capacity) return;
    this.gen = new Int32Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.total = new Float64Array(capacity);
    this.current = new Float64Array(capacity);
    this.phraseGen = new Int32Array(capacity);
    this.phraseCount = new Uint8Array(capacity);
    this.phraseAttr = new Float64Array(capacity);
    this.stamp = 0;
    this.phraseStamp = 0;
  }

  /**
   * Writes the slots matching at least the first unit (and allowed) to `out`
   * and returns their count. `attr` maps a field mask to attribute * 1e3.
   */
  run(units: readonly QueryUnit[], dict: TermIndex, allowed: Bitset, attr: Float64Array, out: Int32Array): number {
    if (++this.stamp > 0x3fffffff) {
      this.gen.fill(0);
      this.stamp = 1;
    }
    this.count = 0;
    this.out = out;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u] as QueryUnit;
      for (const cand of unit.terms) {
        const base = (2 - cand.typos) * TYPO_WEIGHT + cand.level;
        const arr = dict.postings[cand.termId] as Int32Array;
        const len = dict.lengths[cand.termId] as number;
        if (u === 0) this.scanFirst(arr, len, base, allowed, attr);
        else this.scanNext(arr, len, base, u, attr);
      }
      for (const phrase of unit.phrases) this.matchPhrase(phrase, dict, allowed, attr, u);
      if (u === 0 && this.count === 0) break;
    }
    return this.count;
  }

  private count = 0;
  private out: Int32Array = new Int32Array(0);

  /** Hot loop for the first unit: admits new documents (only allowed ones). */
  private scanFirst(arr: Int32Array, len: number, base: number, allowed: Bitset, attr: Float64Array): void {
    const G = this.stamp;
    const out = this.out;
    let n = this.count;
    const gen = this.gen;
    const matched = this.matched;
    const total = this.total;
    const current = this.current;
    for (let j = 0; j < len; j++) {
      const v = arr[j] as number;
      const slot = v >>> FIELD_BITS;
      if (((allowed[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
      const s = base + (attr[v & FIELD_MASK] as number);
      if (gen[slot] !== G) {
        gen[slot] = G;
        matched[slot] = 1;
        total[slot] = s;
        current[slot] = s;
        out[n++] = slot;
      } else if (s > (current[slot] as number)) {
        total[slot] = s;
        current[slot] = s;
      }
    }
    this.count = n;
  }

  /** Hot loop for later units: only extends documents that matched every earlier unit. */
  private scanNext(arr: Int32Array, len: number, base: number, u: number, attr: Float64Array): void {
    const G = this.stamp;
    const gen = this.gen;
    const matched = this.matched;
    const total = this.total;
    const current = this.current;
    for (let j = 0; j < len; j++) {
      const v = arr[j] as number;
      const slot = v >>> FIELD_BITS;
      if (gen[slot] !== G) continue;
      const m = matched[slot] as number;
      if (m === u) {
        const s = base + (attr[v & FIELD_MASK] as number);
        matched[slot] = u + 1;
        total[slot]! += s;
        current[slot] = s;
      } else if (m === u + 1) {
        const s = base + (attr[v & FIELD_MASK] as number);
        const c = current[slot] as number;
        if (s > c) {
          total[slot]! += s - c;
          current[slot] = s;
        }
      }
    }
  }

  /** Documents containing every term of a multi-word synonym; attribute = weakest term's. */
  private matchPhrase(ids: readonly number[], dict: TermIndex, allowed: Bitset, attr: Float64Array, u: number): void {
    const P = ++this.phraseStamp;
    const { phraseGen, phraseCount, phraseAttr } = this;
    for (let t = 0; t < ids.length; t++) {
      const arr = dict.postings[ids[t] as number] as Int32Array;
      const len = dict.lengths[ids[t] as number] as number;
      for (let j = 0; j < len; j++) {
        const v = arr[j] as number;
        const slot = v >>> FIELD_BITS;
        const a = attr[v & FIELD_MASK] as number;
        if (t === 0) {
          if (!hasBit(allowed, slot)) continue;
          phraseGen[slot] = P;
          phraseCount[slot] = 1;
          phraseAttr[slot] = a;
        } else if (phraseGen[slot] === P && phraseCount[slot] === t) {
          phraseCount[slot] = t + 1;
          if (a < (phraseAttr[slot] as number)) phraseAttr[slot] = a;
        }
      }
    }
    const last = ids[ids.length - 1] as number;
    const arr = dict.postings[last] as Int32Array;
    const len = dict.lengths[last] as number;
    const base = 2 * TYPO_WEIGHT + 3;
    for (let j = 0; j < len; j++) {
      const slot = (arr[j] as number) >>> FIELD_BITS;
      if (phraseGen[slot] === P && phraseCount[slot] === ids.length) {
        phraseCount[slot] = 0; // visit once
        this.visit(slot, base + (phraseAttr[slot] as number), u);
      }
    }
  }

  /** Same update as the hot loops, for the (rare) phrase matches. */
  private visit(slot: number, s: number, u: number): void {
    const { gen, matched, total, current } = this;
    const G = this.stamp;
    if (u === 0) {
      if (gen[slot] !== G) {
        gen[slot] = G;
        matched[slot] = 1;
        total[slot] = s;
        current[slot] = s;
        this.out[this.count++] = slot;
      } else if (s > (current[slot] as number)) {
        total[slot] = s;
        current[slot] = s;
      }
      return;
    }
    if (gen[slot] !== G) return;
    const m = matched[slot] as number;
    const c = current[slot] as number;
    if (m === u) {
      matched[slot] = u + 1;
      total[slot]! += s;
      current[slot] = s;
    } else if (m === u + 1 && s > c) {
      total[slot]! += s - c;
      current[slot] = s;
    }
  }

  /** Raw score of a slot returned by the last run(). */
  score(slot: number): number {
    return (this.matched[slot] as number) * BUCKET_WEIGHT + (this.total[slot] as number);
  }
}
