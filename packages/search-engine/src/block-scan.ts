/**
 * Early termination for broad one-word searches. A short prefix ("wer")
 * expands to dozens of terms that together occur in nearly every document,
 * so scoring all their postings grows with the index (some 100 ms at a
 * million documents) although a page needs only the best 20.
 *
 * Block-max order: the slots are cut into blocks of 2^FIELD_BLOCK_SHIFT, and
 * term-index.ts keeps, per frequent term, the fields it occurs in per block.
 * So each block has a bound: the best score any document in it can reach
 * (a term's base plus the best field it occurs in there). Blocks are scored
 * whole (every candidate term's postings in the block, found by binary
 * search), highest bound first. The ranking is score, then insertion order
 * (seq). Once `k` scored documents beat every unscored one (a higher score
 * than the remaining blocks' bound, or that score and a smaller seq than any
 * remaining block holds), the page is settled and the scan stops.
 *
 * Replacements keep their first seq in a new slot, so only the slots before
 * the first such write are in seq order; the slots after it (the "tail") are
 * scored first, whole.
 *
 * The total of an early-stopped search is then an estimate (the match rate of
 * the scored slots extrapolated), like Meilisearch's estimatedTotalHits. An
 * index of one block (up to 16,384 documents, the region's size) can never
 * stop early, so its totals are always exact. Searches reading fewer than
 * BLOCK_SCAN_MIN_POSTINGS postings are cheap enough to score whole.
 */

import type { Bitset } from './bitset.ts';
import type { EngineState } from './engine-state.ts';
import type { QueryUnit } from './query-plan.ts';
import { candidateBase } from './ranking.ts';
import { FIELD_BITS, FIELD_BLOCK_SHIFT } from './term-index.ts';
import { NO_SLOT_LIMIT, type TextMatcher } from './text-match.ts';

export const BLOCK_SCAN_MIN_POSTINGS = 1 << 16;
/** The tail starts at a multiple of this (a block may hold part of it: scoring twice is harmless). */
const TAIL_ALIGN = 1 << 12;

/** Whether a one-unit search is broad enough for the block scan (phrases are scanned whole). */
export function wantsBlockScan(state: EngineState, units: readonly QueryUnit[]): boolean {
  if (units.length !== 1) return false;
  const unit = units[0] as QueryUnit;
  if (unit.phrases.length > 0) return false;
  let postings = 0;
  for (const t of unit.terms) postings += state.dict.docFreq(t.termId);
  // The tail (slots written since the first replacement) grows with updates until the next rebuild;
  // once it is half the index, blocks save little and scoring it whole is the cheaper path.
  return postings >= BLOCK_SCAN_MIN_POSTINGS && orderedSlots(state) * 2 >= state.slots;
}

/**
 * Scored documents per score: all of them, and the "early" ones, in blocks
 * before every remaining block (their seq beats any unscored document's).
 */
class Tally {
  private readonly all = new Map<number, number>();
  private readonly early = new Map<number, number>();
  private readonly perBlock: (Map<number, number> | undefined)[] = [];

  addBlock(b: number, counts: Map<number, number>): void {
    this.perBlock[b] = counts;
    for (const [score, n] of counts) this.all.set(score, (this.all.get(score) ?? 0) + n);
  }

  /** Block b is now before every remaining block. */
  promote(b: number): void {
    for (const [score, n] of this.perBlock[b] ?? []) this.early.set(score, (this.early.get(score) ?? 0) + n);
  }

  /** Documents ranking before any unscored one whose score is at most `bound`. */
  before(bound: number): number {
    let n = this.early.get(bound) ?? 0;
    for (const [score, count] of this.all) if (score > bound) n += count;
    return n;
  }
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
  const ordered = orderedSlots(state);
  const scoreRange = (from: number, to: number) => {
    for (let t = 0; t < terms.length; t++) {
      const id = terms[t] as number;
      const arr = dict.postings[id] as Int32Array;
      const len = dict.lengths[id] as number;
      matcher.scanFirst(arr, firstAtOrAfter(arr, len, from), len, to, bases[t] as number, allowed, attr);
    }
  };
  // The tail first, whole: its seqs can be anything, so its documents count as late unless they win on score.
  scoreRange(ordered, NO_SLOT_LIMIT);
  const tail: { score: number; seq: number }[] = [];
  for (let i = 0; i < matcher.matched; i++) {
    const slot = out[i] as number;
    tail.push({ score: matcher.firstUnitScore(slot), seq: seq[slot] as number });
  }
  const size = 1 << FIELD_BLOCK_SHIFT;
  const blocks = Math.ceil(ordered / size);
  const bound = blockBounds(state, terms, bases, blocks);
  const order = Array.from({ length: blocks }, (_, b) => b).sort(
    (a, b) => (bound[b] as number) - (bound[a] as number) || a - b,
  );
  const done = new Uint8Array(blocks);
  let firstOpen = 0; // smallest block not scored yet: every remaining seq is at least seq[firstOpen * size]
  const tally = new Tally();
  let scored = slots - ordered;
  for (let o = 0; o < order.length; o++) {
    const b = order[o] as number;
    if ((bound[b] as number) < 0) break; // no candidate term occurs here, nor in any later block of `order`
    const from = matcher.matched;
    const end = Math.min(ordered, (b + 1) * size);
    scoreRange(b * size, end);
    scored += end - b * size;
    tally.addBlock(b, countScores(matcher, out, from));
    done[b] = 1;
    while (firstOpen < blocks && done[firstOpen]) tally.promote(firstOpen++);
    const next = order[o + 1];
    if (next === undefined || (bound[next] as number) < 0 || matcher.matched < k) continue;
    const remaining = bound[next] as number;
    const minSeq = firstOpen < blocks ? (seq[firstOpen * size] as number) : Infinity;
    let before = tally.before(remaining);
    for (const d of tail) if (d.score > remaining || (d.score === remaining && d.seq < minSeq)) before++;
    if (before >= k) {
      const count = matcher.matched;
      const total = Math.min(state.slotOf.size, Math.max(count, Math.round((count * slots) / scored)));
      return { count, total, stopped: true };
    }
  }
  return { count: matcher.matched, total: matcher.matched, stopped: false };
}

function countScores(matcher: TextMatcher, out: Int32Array, from: number): Map<number, number> {
  // Few distinct scores per query (typo, field and level combinations): a linear search beats a Map per match.
  const scores: number[] = [];
  const counts: number[] = [];
  let last = Number.NaN;
  let at = -1;
  for (let i = from; i < matcher.matched; i++) {
    const score = matcher.firstUnitScore(out[i] as number);
    if (score !== last) {
      at = scores.indexOf(score);
      if (at < 0) {
        at = scores.length;
        scores.push(score);
        counts.push(0);
      }
      last = score;
    }
    counts[at]! += 1;
  }
  return new Map(scores.map((score, i) => [score, counts[i] as number]));
}

/** Per block of [0, blocks * size): the best score a document in it can reach, or -1 when none matches. */
function blockBounds(
  state: EngineState,
  terms: readonly number[],
  bases: readonly number[],
  blocks: number,
): Int32Array {
  const { dict, attr } = state;
  const bound = new Int32Array(blocks).fill(-1);
  for (let t = 0; t < terms.length; t++) {
    const id = terms[t] as number;
    const base = bases[t] as number;
    const perBlock = dict.blockFields[id];
    for (let b = 0; b < blocks; b++) {
      const mask = perBlock ? ((perBlock[b] ?? 0) as number) : (dict.fields[id] as number);
      if (mask !== 0 && base + (attr[mask] as number) > (bound[b] as number)) bound[b] = base + (attr[mask] as number);
    }
  }
  return bound;
}

/** Index of the first posting of `arr` whose slot is at least `slot` (postings are sorted by slot). */
function firstAtOrAfter(arr: Int32Array, len: number, slot: number): number {
  if (slot >= NO_SLOT_LIMIT) return len;
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
 * Slots [0, ordered) have non-decreasing seq: everything before the first
 * slot written out of order, rounded down to TAIL_ALIGN. Recomputed after
 * writes (one pass), kept until the next.
 */
function orderedSlots(state: EngineState): number {
  if (state.seqOrdered >= 0) return state.seqOrdered;
  const seq = state.seq;
  let ordered = state.slots;
  for (let s = 1; s < state.slots; s++) {
    if ((seq[s] as number) < (seq[s - 1] as number)) {
      ordered = s - (s % TAIL_ALIGN);
      break;
    }
  }
  state.seqOrdered = ordered;
  return ordered;
}
