/**
 * Matching of multi-word synonym alternatives ("informatie technologie" for
 * "ict"): documents containing every word of the phrase, in any field and
 * order (positions are not indexed, see ranking.ts). Rare, so it favours
 * simplicity: a counting pass per word with generation-stamped scratch.
 */

import { type Bitset, hasBit } from './bitset.ts';
import { FIELD_BITS, FIELD_MASK, type TermIndex } from './term-index.ts';

export class PhraseMatcher {
  private gen = new Int32Array(0);
  private stamp = 0;
  private count = new Uint8Array(0);
  private attr = new Int32Array(0);

  ensureCapacity(capacity: number): void {
    if (this.gen.length >= capacity) return;
    this.gen = new Int32Array(capacity);
    this.count = new Uint8Array(capacity);
    this.attr = new Int32Array(capacity);
    this.stamp = 0;
  }

  /** Calls visit(slot, attribute) once per allowed doc containing all `ids`; attribute = weakest word's. */
  match(
    ids: readonly number[],
    dict: TermIndex,
    allowed: Bitset,
    attrTable: Int32Array,
    visit: (slot: number, attr: number) => void,
  ): void {
    const P = ++this.stamp;
    const { gen, count, attr } = this;
    for (let t = 0; t < ids.length; t++) {
      const arr = dict.postings[ids[t] as number] as Int32Array;
      const len = dict.lengths[ids[t] as number] as number;
      for (let j = 0; j < len; j++) {
        const v = arr[j] as number;
        const slot = v >>> FIELD_BITS;
        const a = attrTable[v & FIELD_MASK] as number;
        if (t === 0) {
          if (!hasBit(allowed, slot)) continue;
          gen[slot] = P;
          count[slot] = 1;
          attr[slot] = a;
        } else if (gen[slot] === P && count[slot] === t) {
          count[slot] = t + 1;
          if (a < (attr[slot] as number)) attr[slot] = a;
        }
      }
    }
    const last = ids[ids.length - 1] as number;
    const arr = dict.postings[last] as Int32Array;
    const len = dict.lengths[last] as number;
    for (let j = 0; j < len; j++) {
      const slot = (arr[j] as number) >>> FIELD_BITS;
      if (gen[slot] === P && count[slot] === ids.length) {
        count[slot] = 0; // visit once
        visit(slot, attr[slot] as number);
      }
    }
  }
}
