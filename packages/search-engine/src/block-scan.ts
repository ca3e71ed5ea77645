/**
 * Early termination for broad one-word searches. A short prefix ("wer")
 * expands to dozens of terms that together occur in nearly every document,
 * so scoring all their postings grows with the index (some 100 ms at a
 * million documents) although a page needs only the best 20.
 *
 * Postings are sorted by slot, so the scan walks every candidate term's
 * postings in slot blocks (16k slots, doubling). After a block every document
 * in it has its final score. The ranking is score, then insertion order
 * (seq). No unseen document can score above the best any candidate term can
 * give (its base plus the best field it occurs in), nor come before the
 * smallest seq of the unseen slots. Once `k` seen documents reach that best
 * score with a smaller seq, the top k are settled and the scan stops.
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
 * when the scan reached the end, else estimated.
 */
export function blockScan(
  state: EngineState,
  unit: QueryUnit,
  allowed: Bitset,
  out: Int32Array,
  k: number,
): { count: number; total: number } {
  const { matcher, dict, attr, seq } = state;
  const slots = state.slots;
  matcher.begin(out);
  const terms = unit.terms;
  const pos = new Int32Array(terms.length);
  const bases = terms.map((t) => candidateBase(t.typos, t.level));
  let best = -1;
  for (let t = 0; t < terms.length; t++) {
    const id = (terms[t] as { termId: number }).termId;
    best = Math.max(best, (bases[t] as number) + (attr[dict.fields[id] as number] as number));
  }
  const seqBound = unseenSeqBound(state);
  // seq of the seen documents that reach `best`: they are the only ones that can settle the page.
  const top: number[] = [];
  let end = 0;
  let block = FIRST_BLOCK;
  while (end < slots) {
    const from = matcher.matched;
    end = Math.min(slots, end + block);
    block = Math.min(MAX_BLOCK, block * 2);
    for (let t = 0; t < terms.length; t++) {
      const id = (terms[t] as { termId: number }).termId;
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
    const count = matcher.matched;
    for (let i = from; i < count; i++) {
      const slot = out[i] as number;
      if (matcher.firstUnitScore(slot) === best) top.push(seq[slot] as number);
    }
    if (end < slots && top.length >= k && settled(top, seqBound[end / SEQ_CHUNK] as number, k)) {
      const live = state.slotOf.size;
      return { count, total: Math.min(live, Math.max(count, Math.round((count * slots) / end))) };
    }
  }
  return { count: matcher.matched, total: matcher.matched };
}

function settled(top: readonly number[], unseenMin: number, k: number): boolean {
  let before = 0;
  for (const s of top) if (s < unseenMin && ++before >= k) return true;
  return false;
}

/**
 * bound[c] = smallest seq of the slots from c * SEQ_CHUNK on (dead slots
 * included, which only makes it smaller: safe). Replacements keep their
 * first seq in a new slot, so slot order is not seq order; this bound is
 * what makes stopping exact anyway. Recomputed after writes (one pass).
 */
function unseenSeqBound(state: EngineState): Float64Array {
  if (state.seqBound) return state.seqBound;
  const chunks = Math.ceil(state.slots / SEQ_CHUNK);
  const bound = new Float64Array(chunks + 1).fill(Infinity);
  const seq = state.seq;
  for (let c = chunks - 1; c >= 0; c--) {
    let min = bound[c + 1] as number;
    const stop = Math.min(state.slots, (c + 1) * SEQ_CHUNK);
    for (let s = c * SEQ_CHUNK; s < stop; s++) if ((seq[s] as number) < min) min = seq[s] as number;
    bound[c] = min;
  }
  state.seqBound = bound;
  return bound;
}
