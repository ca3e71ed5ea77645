/**
 * Scores documents against query units by walking postings only; the
 * ranking model is described in ranking.ts.
 *
 * Scratch arrays are per-slot and stamped with a generation number, so a
 * query never clears or allocates anything proportional to the index.
 */

import type { Bitset } from './bitset.ts';
import { PhraseMatcher } from './phrase-match.ts';
import type { QueryUnit } from './query-plan.ts';
import { BUCKET_WEIGHT, MAX_LEVEL, candidateBase } from './ranking.ts';
import { FIELD_BITS, FIELD_MASK, type TermIndex } from './term-index.ts';

// Local copies: under tsx/vitest an imported binding compiles to a getter
// call, which costs a lot inside the per-posting loops.
const SHIFT = 8;
const MASK = 255;
if (SHIFT !== FIELD_BITS || MASK !== FIELD_MASK) throw new Error('posting layout mismatch');
const BUCKET = BUCKET_WEIGHT;
/** Phrase (multi-word synonym) matches are exact and typo-free. */
const PHRASE_BASE = candidateBase(0, MAX_LEVEL);
/** scanFirst's `endSlot` for "no limit": slots stay below 2^23 (term-index.ts). */
export const NO_SLOT_LIMIT = 0x7fffffff;

export class TextMatcher {
  /**
   * Per-slot state word: stampBase + number of units matched so far, where
   * stampBase = 16 * (query generation). Anything below the current base is
   * stale, so one load answers both "seen in this query?" and "how many units".
   */
  private state = new Int32Array(0);
  private stampBase = 0;
  private total = new Int32Array(0); // sum of unit scores (< 2^31: 10 units x 2.1e6)
  private current = new Int32Array(0); // score of the unit being processed
  private phrases = new PhraseMatcher();
  private count = 0;
  private out: Int32Array = new Int32Array(0);

  ensureCapacity(capacity: number): void {
    if (this.state.length >= capacity) return;
    this.state = new Int32Array(capacity);
    this.total = new Int32Array(capacity);
    this.current = new Int32Array(capacity);
    this.phrases.ensureCapacity(capacity);
    this.stampBase = 0;
  }

  /**
   * Writes the slots matching at least the first unit (and allowed) to `out`
   * and returns their count. `attr` maps a field mask to attribute * 1e3.
   */
  run(units: readonly QueryUnit[], dict: TermIndex, allowed: Bitset, attr: Int32Array, out: Int32Array): number {
    this.begin(out);
    for (let u = 0; u < units.length; u++) {
      const unit = units[u] as QueryUnit;
      for (const cand of unit.terms) {
        const base = candidateBase(cand.typos, cand.level);
        const arr = dict.postings[cand.termId] as Int32Array;
        const len = dict.lengths[cand.termId] as number;
        if (u === 0) this.scanFirst(arr, 0, len, NO_SLOT_LIMIT, base, allowed, attr);
        else this.scanNext(arr, len, base, u, attr);
      }
      for (const phrase of unit.phrases) {
        this.phrases.match(phrase, dict, allowed, attr, (slot, a) => this.visit(slot, PHRASE_BASE + a, u));
      }
      if (u === 0 && this.count === 0) break;
    }
    return this.count;
  }

  /** Starts a query: a new generation makes every slot unseen; matches go to `out`. */
  begin(out: Int32Array): void {
    this.stampBase += 16;
    if (this.stampBase > 0x7ffffff0) {
      this.state.fill(0);
      this.stampBase = 16;
    }
    this.count = 0;
    this.out = out;
  }

  /** Documents admitted so far in this query (the first `matched` entries of `out`). */
  get matched(): number {
    return this.count;
  }

  /** Score of the first unit for a slot admitted in this query. */
  firstUnitScore(slot: number): number {
    return this.total[slot] as number;
  }

  /**
   * Hot loop for the first unit: admits new documents (only allowed ones)
   * from arr[from, len) while their slot is below `endSlot`; returns where it
   * stopped, so a block-wise scan (block-scan.ts) can resume there.
   */
  scanFirst(
    arr: Int32Array,
    from: number,
    len: number,
    endSlot: number,
    base: number,
    allowed: Bitset,
    attr: Int32Array,
  ): number {
    const B = this.stampBase;
    const out = this.out;
    let n = this.count;
    const state = this.state;
    const total = this.total;
    const endV = endSlot >= NO_SLOT_LIMIT ? 0x7fffffff : endSlot << SHIFT;
    let j = from;
    for (; j < len; j++) {
      const v = arr[j] as number;
      if (v >= endV) break;
      const slot = v >>> SHIFT;
      if (((allowed[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
      const s = base + (attr[v & MASK] as number);
      if ((state[slot] as number) < B) {
        state[slot] = B + 1;
        total[slot] = s;
        out[n++] = slot;
      } else if (s > (total[slot] as number)) {
        total[slot] = s; // for the first unit total == this unit's score
      }
    }
    this.count = n;
    return j;
  }

  /** Hot loop for later units: only extends documents that matched every earlier unit. */
  private scanNext(arr: Int32Array, len: number, base: number, u: number, attr: Int32Array): void {
    const atU = this.stampBase + u;
    const state = this.state;
    const total = this.total;
    const current = this.current;
    for (let j = 0; j < len; j++) {
      const v = arr[j] as number;
      const slot = v >>> SHIFT;
      const st = state[slot] as number;
      if (st === atU) {
        const s = base + (attr[v & MASK] as number);
        state[slot] = atU + 1;
        total[slot]! += s;
        current[slot] = s;
      } else if (st === atU + 1) {
        const s = base + (attr[v & MASK] as number);
        const c = current[slot] as number;
        if (s > c) {
          total[slot]! += s - c;
          current[slot] = s;
        }
      }
    }
  }

  /** Same update as the hot loops, for the (rare) phrase matches. */
  private visit(slot: number, s: number, u: number): void {
    const { state, total, current } = this;
    const B = this.stampBase;
    const st = state[slot] as number;
    if (u === 0) {
      if (st < B) {
        state[slot] = B + 1;
        total[slot] = s;
        this.out[this.count++] = slot;
      } else if (s > (total[slot] as number)) {
        total[slot] = s;
      }
      return;
    }
    if (st === B + u) {
      state[slot] = B + u + 1;
      total[slot]! += s;
      current[slot] = s;
    } else if (st === B + u + 1 && s > (current[slot] as number)) {
      total[slot]! += s - (current[slot] as number);
      current[slot] = s;
    }
  }

  /** Raw score of a slot returned by the last run(). */
  score(slot: number): number {
    return ((this.state[slot] as number) - this.stampBase) * BUCKET + (this.total[slot] as number);
  }

  /**
   * key[i] = -rawScore(slots[i]) * mul + extra[slots[i]] (extra may be undefined):
   * lets the caller fuse relevance and insertion order into one sort key.
   */
  writeKeys(slots: Int32Array, n: number, key: Float64Array, mul: number, extra: Float64Array | undefined): void {
    const state = this.state;
    const total = this.total;
    const B = this.stampBase;
    for (let i = 0; i < n; i++) {
      const slot = slots[i] as number;
      const raw = ((state[slot] as number) - B) * BUCKET + (total[slot] as number);
      key[i] = extra ? -raw * mul + (extra[slot] as number) : -raw * mul;
    }
  }
}
