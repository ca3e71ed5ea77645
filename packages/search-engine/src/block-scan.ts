/**
 * Early termination for broad one-word searches. A short prefix ("wer")
 * expands to dozens of terms that together occur in nearly every document,
 * so scoring all their postings grows with the index (some 100 ms at a
 * million documents) although a page needs only the best 20.
 *
 * Postings are sorted by slot, so the scan walks every candidate term's
 * postings in slot blocks (16k slots, doubling). After a block every document
 * in it has its final score. The ranking is score, then insertion order
 * (seq). No unseen document can score above what its terms can give in the
 * unseen blocks (base plus the best field a term occurs in there, kept per
 * block by term-index.ts), nor come before the smallest seq of the unseen
 * slots. Once `k` seen documents beat that, the page is settled and the scan
 * stops.
 *
 * The total of an early-stopped search is then an estimate (the match rate
 * of the scanned slots extrapolated), like Meilisearch's estimatedTotalHits.
 * Only searches reading at least BLOCK_SCAN_MIN_POSTINGS postings take this
 * path, so at regional scale (tens of thousands of documents) every total
 * stays exact.
 */

import type { Bitset } from './bitset.ts';
import type { EngineState } from './engine-state.ts';
import type { QueryUnit } from './query-plan.ts';
import { candidateBase } from './ranking.ts';
import { FIELD_BITS, FIELD_BLOCK_SHIFT } from './term-index.ts';
import { NO_SLOT_LIMIT } from './text-match.ts';

export const BLOCK_SCAN_MIN_POSTINGS = 1 << 20;
/** Block boundaries are multiples of this; the seq bound is kept per chunk. */
export const SEQ_CHUNK = 1 << 12;
const FIRST_BLOCK = 1 << 14;
const MAX_BLOCK = 1 << 18;

/** Whether a one-unit search is broad enough for the block scan (phrases are scanned whole). */
export function wantsBlockScan(state: EngineState, units: readonly QueryUnit[]): boolean {
  if (units.length !== 1) return false;
  const unit = units[0] as QueryUnit;
  if (unit.phrases.length > 0) return false;
  let postings = 0;
  for (const t of unit.terms) postings += state.dict.docFreq(t.termId);
  return postings >= BLOCK_SCAN_MIN_POSTINGS;
}

/**
 * Scores the unit's matches into `out` (through state.matcher) until the best
 * `k` are settled. Returns the number of matches scored and the total: exact
 * unless `stopped`, then estimated.
 */
export function blockScan(
  state: EngineState,
  unit: QueryUnit,
  allowed: Bitset,
  out: Int32Array,
  k: number,
): { count: number; total: number; stopped: boolean } {
  const { matcher, dict, attr, seq } = state;
  const slots = state.slots;
  matcher.begin(out);
  const terms = unit.terms.map((t) => t.termId);
  const bases = unit.terms.map((t) => candidateBase(t.typos, t.level));
  const { bound, ordered } = seqOrder(state);
  // Seen documents by score: how many, and their seqs (only the tie at the bound needs them).
  const seqsByScore = new Map<number, number[]>();
  const collect = (from: number) => {
    for (let i = from; i < matcher.matched; i++) {
      const slot = out[i] as number;
      const score = matcher.firstUnitScore(slot);
      const list = seqsByScore.get(score);
      if (list) list.push(seq[slot] as number);
      else seqsByScore.set(score, [seq[slot] as number]);
    }
  };
  // The slots past `ordered` (written out of seq order by replacements) are scored first, whole.
  for (let t = 0; t < terms.length; t++) {
    const id = terms[t] as number;
    const arr = dict.postings[id] as Int32Array;
    const len = dict.lengths[id] as number;
    matcher.scanFirst(arr, firstAtOrAfter(arr, len, ordered), len, NO_SLOT_LIMIT, bases[t] as number, allowed, attr);
  }
  collect(0);
  const pos = new Int32Array(terms.length);
  let end = 0;
  let block = FIRST_BLOCK;
  while (end < ordered) {
    const from = matcher.matched;
    end = Math.min(ordered, end + block);
    block = Math.min(MAX_BLOCK, block * 2);
    for (let t = 0; t < terms.length; t++) {
      const id = terms[t] as number;
      const arr = dict.postings[id] as Int32Array;
      pos[t] = matcher.scanFirst(
        arr,
        pos[t] as number,
        dict.lengths[id] as number,
        end,
        bases[t] as number,
        allowed,
        attr,
      );
    }
    collect(from);
    if (end < ordered && matcher.matched >= k) {
      const best = unseenBest(state, terms, bases, end, ordered);
      if (settled(seqsByScore, best, bound[end / SEQ_CHUNK] as number, k)) {
        const count = matcher.matched;
        const scanned = end + (slots - ordered);
        const total = Math.min(state.slotOf.size, Math.max(count, Math.round((count * slots) / scanned)));
        return { count, total, stopped: true };
      }
    }
  }
  return { count: matcher.matched, total: matcher.matched, stopped: false };
}

/**
 * The best score an unseen document (slot in [end, ordered)) could get: per
 * term its base plus the best field it occurs in within those blocks.
 */
function unseenBest(
  state: EngineState,
  terms: readonly number[],
  bases: readonly number[],
  end: number,
  ordered: number,
): number {
  const { dict, attr } = state;
  const first = end >>> FIELD_BLOCK_SHIFT;
  const last = (ordered - 1) >>> FIELD_BLOCK_SHIFT;
  let best = -1;
  for (let t = 0; t < terms.length; t++) {
    const id = terms[t] as number;
    const blocks = dict.blockFields[id];
    let mask = 0;
    if (!blocks) mask = dict.fields[id] as number;
    else for (let b = first; b <= last && b < blocks.length; b++) mask |= blocks[b] as number;
    if (mask !== 0) best = Math.max(best, (bases[t] as number) + (attr[mask] as number));
  }
  return best;
}

/** Whether `k` seen documents rank before any unseen one: a higher score, or the bound's score and an earlier seq. */
function settled(seqsByScore: Map<number, number[]>, best: number, unseenMin: number, k: number): boolean {
  let before = 0;
  for (const [score, list] of seqsByScore) if (score > best) before += list.length;
  if (before >= k) return true;
  for (const s of seqsByScore.get(best) ?? []) if (s < unseenMin && ++before >= k) return true;
  return false;
}

/** Index of the first posting of `arr` whose slot is at least `slot` (postings are sorted by slot). */
function firstAtOrAfter(arr: Int32Array, len: number, slot: number): number {
  const v = slot * (1 << FIELD_BITS);
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Slots [0, ordered) have non-decreasing seq; `ordered` is a chunk boundary
 * (or all slots). A replacement keeps its first seq in a new slot, so the
 * slots written since the first replacement are the tail scanned first.
 * bound[c] = smallest seq of the slots from c * SEQ_CHUNK up to `ordered`
 * (dead slots included, which only makes it smaller: safe). Recomputed after
 * writes, in one pass.
 */
function seqOrder(state: EngineState): { bound: Float64Array; ordered: number } {
  if (state.seqBound) return state.seqBound;
  const seq = state.seq;
  let ordered = state.slots;
  for (let s = 1; s < state.slots; s++) {
    if ((seq[s] as number) < (seq[s - 1] as number)) {
      ordered = s - (s % SEQ_CHUNK);
      break;
    }
  }
  const chunks = Math.ceil(ordered / SEQ_CHUNK);
  const bound = new Float64Array(chunks + 1).fill(Infinity);
  for (let c = 0; c < chunks; c++) bound[c] = seq[c * SEQ_CHUNK] as number;
  state.seqBound = { bound, ordered };
  return state.seqBound;
}
