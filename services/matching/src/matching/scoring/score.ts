import type { ScoreState } from './score-state.ts';
import { makeAdmitter, type CompiledFilter } from './hard-filters.ts';
import { TopK } from '@werkbrug/text/top-k';
import { diversity } from '../weights.ts';

/** A scored vacancy: `score` is fit now (0..1). */
export interface Scored {
  slot: number;
  score: number;
}

/** One pass over every vacancy, with what the later steps (diversity, courses, career paths) need. */
export interface Scan {
  /** Vacancies that passed the hard filters (every one was scored). */
  total: number;
  /** The admitted vacancies and their travel minutes (first `admitted` entries), in slot order. */
  slots: Int32Array;
  minutes: Float64Array;
  /** Per admitted vacancy: its evidence (0..1). */
  evidence: Float32Array;
  /**
   * The score (fit now, 0..1, as a float32) of the admitted vacancy at a position, 0 without evidence. The scan
   * skips the modulators of vacancies that cannot enter the list; their score is computed when first asked.
   */
  scoreAt(position: number): number;
  admitted: number;
  /** Admitted vacancies per occupation (taxonomy order). */
  inReach: Int32Array;
  /** Admitted vacancies with any evidence of fit, per occupation. */
  fitting: Int32Array;
  /** Sum of the NLQF levels the admitted vacancies ask, per occupation (with inReach: the typical level). */
  levelSum: Int32Array;
  /**
   * Candidates for the list, best first: the best `first` overall, and the best `perOccupation` of
   * every occupation that could still enter a first block of ten without more than three of one kind.
   */
  pool: Scored[];
  /** Positions (into slots/minutes) of the admitted vacancies of one occupation. */
  ofOccupation(occupation: number): Int32Array;
}

/**
 * Buffers reused from one scan to the next (the engine is synchronous: a scan's result is used up
 * before the next scan starts), so a request does not allocate arrays of the catalog's size, nor the
 * per-occupation rows (about 170 KB): garbage outside the heap that makes V8 collect sooner.
 */
interface Buffers {
  slots: Int32Array;
  minutes: Float64Array;
  evidence: Float32Array;
  scores: Float32Array;
  topScore: Float64Array;
  topSlot: Int32Array;
  topCount: Uint8Array;
  inReach: Int32Array;
  fitting: Int32Array;
  levelSum: Int32Array;
}
const buffers = new WeakMap<object, Buffers>();
function buffersFor(owner: object, size: number, nOcc: number): Buffers {
  let b = buffers.get(owner);
  if (!b || b.slots.length < size || b.inReach.length !== nOcc) {
    const n = Math.max(size, 64);
    const rows = nOcc * diversity.perOccupation + diversity.block;
    b = {
      slots: new Int32Array(n),
      minutes: new Float64Array(n),
      evidence: new Float32Array(n),
      scores: new Float32Array(n),
      topScore: new Float64Array(rows),
      topSlot: new Int32Array(rows),
      topCount: new Uint8Array(nOcc + 1),
      inReach: new Int32Array(nOcc),
      fitting: new Int32Array(nOcc),
      levelSum: new Int32Array(nOcc),
    };
    buffers.set(owner, b);
  } else {
    // Only the counts need clearing: a row's scores and slots are read up to its count.
    b.topCount.fill(0);
    b.inReach.fill(0);
    b.fitting.fill(0);
    b.levelSum.fill(0);
  }
  return b;
}

/**
 * Scores every vacancy that passes the hard filters (a vacancy without any evidence of fit is no
 * match) and keeps the candidates the list can be built from. Evidence is computed for every
 * admitted vacancy (the counts per occupation need it; no cheap bound on skills exists, since the
 * evidence of an unrelated job can still come from a wish or experience); the modulators only for
 * those whose bound (evidence x the cheap modulators) can still enter the list: the best `first`, or
 * an occupation's short list at or above the floor of a first block. The result is the same as
 * scoring all of them (`exhaustive`, which score.test.ts compares with this over seeded profiles).
 */
export function scanVacancies(s: ScoreState, f: CompiledFilter, first: number, exhaustive = false): Scan {
  const v = s.model.catalog.vacancies;
  const ids = v.ids;
  const nOcc = s.model.taxonomy.occupations.length;
  const heap = new TopK(first, (slot) => ids[slot]!);
  // The best few per occupation; vacancies without a known occupation are never capped, so the
  // best ten of them stand in a row of their own.
  const per = diversity.perOccupation;
  const {
    slots,
    minutes: minutesOf,
    evidence: evidenceOf,
    scores: scoreOf,
    topScore,
    topSlot,
    topCount,
    inReach,
    fitting,
    levelSum,
  } = buffersFor(v, v.highWater, nOcc);
  const level = v.level;
  const before = (a: number, sa: number, b: number, sb: number) => sa > sb || (sa === sb && ids[a]! < ids[b]!);
  const admit = makeAdmitter(s, f);
  const { evidence, modulators, bound } = s.evaluator;
  const occupation = v.occupation;
  let admitted = 0;
  // Bounds for skipping the full modulators of a vacancy that cannot reach the list (see `bound` in
  // components.ts: fit now is at most evidence x bound). `floor` is at most the tenth best of the
  // occupations' best so far, refreshed every `refresh` scored vacancies; it only rises.
  let floor = Number.NEGATIVE_INFINITY;
  let sinceRefresh = 0;
  const refresh = 2048;
  for (let slot = 0, end = v.highWater; slot < end; slot++) {
    const minutes = admit(slot);
    if (minutes < 0) continue;
    const at = admitted++;
    slots[at] = slot;
    minutesOf[at] = minutes;
    const occ = occupation[slot]!;
    if (occ >= 0) {
      inReach[occ]!++;
      levelSum[occ]! += level[slot]!;
    }
    const e = evidence(slot);
    evidenceOf[at] = e;
    scoreOf[at] = 0;
    if (!(e > 0)) continue;
    if (occ >= 0) fitting[occ]!++;
    const row = occ >= 0 ? occ : nOcc;
    const cap = occ >= 0 ? per : diversity.block;
    const base = row * per;
    let n = topCount[row]!;
    // Skipped only when it can enter neither the first `first` nor its occupation's short list at or
    // above the floor: strictly below each, so ties (decided by id) are always scored.
    const most = e * bound(slot, minutes);
    if (!exhaustive && most < heap.threshold() && (most < floor || (n === cap && most < topScore[base + n - 1]!))) {
      scoreOf[at] = Number.NaN;
      continue;
    }
    const value = e * modulators(slot, minutes);
    scoreOf[at] = value;
    heap.push(value, slot);
    if (++sinceRefresh === refresh) {
      sinceRefresh = 0;
      floor = rowFloor(topScore, topCount, nOcc + 1, per);
    }
    // Insert into this occupation's short list (sorted, best first), if it is among its best.
    if (n === cap && !before(slot, value, topSlot[base + n - 1]!, topScore[base + n - 1]!)) continue;
    if (n < cap) n = ++topCount[row]!;
    let i = n - 1;
    while (i > 0 && before(slot, value, topSlot[base + i - 1]!, topScore[base + i - 1]!)) {
      topScore[base + i] = topScore[base + i - 1]!;
      topSlot[base + i] = topSlot[base + i - 1]!;
      i--;
    }
    topScore[base + i] = value;
    topSlot[base + i] = slot;
  }
  const seen = new Set<number>();
  const pool: Scored[] = [];
  for (const e of heap.sorted()) {
    seen.add(e.slot);
    pool.push(e);
  }
  // A first block of ten holds at most ten occupations, each from its best vacancy down: nothing
  // below the tenth best of the occupations' best vacancies can enter it.
  floor = rowFloor(topScore, topCount, nOcc + 1, per);
  for (let row = 0; row <= nOcc; row++) {
    for (let i = 0; i < topCount[row]! && topScore[row * per + i]! >= floor; i++) {
      const slot = topSlot[row * per + i]!;
      if (!seen.has(slot)) {
        seen.add(slot);
        pool.push({ slot, score: topScore[row * per + i]! });
      }
    }
  }
  pool.sort((a, b) => (before(a.slot, a.score, b.slot, b.score) ? -1 : 1));

  let index: { start: Int32Array; positions: Int32Array } | null = null;
  const ofOccupation = (o: number): Int32Array => {
    if (!index) {
      // Counting sort of the admitted positions by occupation, built when first needed.
      const start = new Int32Array(nOcc + 1);
      for (let o2 = 0; o2 < nOcc; o2++) start[o2 + 1] = start[o2]! + inReach[o2]!;
      const fill = start.slice(0, nOcc);
      const positions = new Int32Array(start[nOcc]!);
      for (let i = 0; i < admitted; i++) {
        const occ = occupation[slots[i]!]!;
        if (occ >= 0) positions[fill[occ]!++] = i;
      }
      index = { start, positions };
    }
    return index.positions.subarray(index.start[o]!, index.start[o + 1]!);
  };
  return {
    total: admitted,
    slots,
    minutes: minutesOf,
    evidence: evidenceOf,
    scoreAt(i) {
      if (Number.isNaN(scoreOf[i]!)) scoreOf[i] = evidence(slots[i]!) * modulators(slots[i]!, minutesOf[i]!);
      return scoreOf[i]!;
    },
    admitted,
    inReach,
    fitting,
    levelSum,
    pool,
    ofOccupation,
  };
}

/** The tenth best of the rows' best scores (-Infinity with fewer rows). */
function rowFloor(topScore: Float64Array, topCount: Uint8Array, rows: number, per: number): number {
  const best = new TopK(diversity.block);
  for (let row = 0; row < rows; row++) if (topCount[row]! > 0) best.push(topScore[row * per]!, row);
  return best.threshold();
}

/** The best `first` vacancies by fit now, with how many passed the hard filters (no diversity). */
export function rankVacancies(s: ScoreState, f: CompiledFilter, first: number): { top: Scored[]; total: number } {
  const scan = scanVacancies(s, f, first);
  return { top: scan.pool.slice(0, first), total: scan.total };
}
