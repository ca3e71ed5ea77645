import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { certificatesToHold } from '@werkbrug/shared/schemas/certificate';
import type { ScoreState } from '../scoring/score-state.ts';
import { makeAdmitter, type CompiledFilter } from '../scoring/hard-filters.ts';
import type { PersonVector } from '../profile/person.ts';
import type { Scan } from '../scoring/score.ts';
import { careerPaths as cfg } from '../weights.ts';

const noFilter: CompiledFilter = {
  sectorMask: -1,
  contractMask: -1,
  minHours: 0,
  garantiebaanOnly: false,
  occupations: null,
  requireText: false,
};

const bbl = contractTypes.indexOf('bbl');

export interface InReach {
  /** Admitted vacancies (open, in reach, enough hours) by occupation index, in slot order. */
  byOccupation: readonly (readonly number[])[];
  /** Occupations with a BBL vacancy in reach: a BBL course towards them has a learn-work job in view. */
  learnWork: ReadonlySet<number>;
  /** This request's mark in the shared `openNow` answers (see Marks). */
  epoch: number;
}

/**
 * Per-slot answers every request writes, kept per catalog and reused: a request used to allocate two arrays of
 * the catalog's size (5 MB at a million vacancies), and that garbage, counted as external memory, made V8 run
 * full collections over the whole catalog every few requests (a p95 of 520 ms with bridges at a million).
 * Entries carry the mark of the request or count that wrote them, so nothing is cleared between requests.
 */
interface Marks {
  /** By slot: the epoch whose `openNow` answer `nowValue` holds. */
  nowEpoch: Int32Array;
  /** By slot: 1 open to the person now, 2 not (valid when nowEpoch is the request's epoch). */
  nowValue: Uint8Array;
  /** By slot: the count that last looked at it, so a vacancy in two lists counts once. */
  stamp: Int32Array;
  epochs: number;
  counts: number;
}
const marksByCatalog = new WeakMap<object, Marks>();

function marksFor(s: ScoreState): Marks {
  const v = s.model.catalog.vacancies;
  let m = marksByCatalog.get(v);
  if (!m || m.stamp.length < v.highWater || m.epochs >= 0x3fffffff || m.counts >= 0x3fffffff) {
    // Grown with room to spare, so a catalog that grows by a few vacancies does not reallocate per request.
    const n = Math.max(v.highWater, 64) + (m ? v.highWater >> 3 : 0);
    m = { nowEpoch: new Int32Array(n), nowValue: new Uint8Array(n), stamp: new Int32Array(n), epochs: 0, counts: 0 };
    marksByCatalog.set(v, m);
  }
  return m;
}

// One pass over the vacancies per request, shared by every route computed for it.
const cache = new WeakMap<ScoreState, InReach>();

export function inReach(s: ScoreState): InReach {
  const hit = cache.get(s);
  if (hit) return hit;
  const v = s.model.catalog.vacancies;
  const byOccupation: number[][] = s.model.taxonomy.occupations.map(() => []);
  const learnWork = new Set<number>();
  const admit = makeAdmitter(s, noFilter);
  for (let slot = 0; slot < v.highWater; slot++) {
    const occ = v.occupation[slot]!;
    if (occ < 0 || admit(slot) < 0) continue;
    byOccupation[occ]!.push(slot);
    if (v.contract[slot] === bbl) learnWork.add(occ);
  }
  return remember(s, byOccupation, learnWork);
}

/**
 * The same from a scan without request filters (`isNeutral`), which admitted exactly these vacancies in slot
 * order: a request that has ranked its matches need not pass over the catalog a second time for its routes.
 */
export function inReachFromScan(s: ScoreState, scan: Pick<Scan, 'slots' | 'admitted'>): void {
  if (cache.has(s)) return;
  const v = s.model.catalog.vacancies;
  const byOccupation: number[][] = s.model.taxonomy.occupations.map(() => []);
  const learnWork = new Set<number>();
  for (let i = 0; i < scan.admitted; i++) {
    const slot = scan.slots[i]!;
    const occ = v.occupation[slot]!;
    if (occ < 0) continue;
    byOccupation[occ]!.push(slot);
    if (v.contract[slot] === bbl) learnWork.add(occ);
  }
  remember(s, byOccupation, learnWork);
}

function remember(s: ScoreState, byOccupation: number[][], learnWork: Set<number>): InReach {
  const result = { byOccupation, learnWork, epoch: ++marksFor(s).epochs };
  cache.set(s, result);
  return result;
}

/** What a person has at some point of a route: skills (held or taught on the way), certificates and level. */
export interface Holdings {
  person: PersonVector;
  /** Skills gained on the route (1 = taught), by skill index; null before the route. */
  taught: Uint8Array | null;
  certificates: ReadonlySet<string>;
  level: number;
}

/**
 * Whether a vacancy is open to someone: they hold at least `openCoverage` (70 %) of its essential skills, every
 * certificate it requires but those arranged when hired (a VOG), and a level at most one below the one asked (one
 * level short is recoverable). A BBL vacancy is a learn-work job: its skills are learned on the job, so only the
 * level counts.
 */
export function openTo(s: ScoreState, slot: number, h: Holdings): boolean {
  const v = s.model.catalog.vacancies;
  if (h.level < v.level[slot]! - 1) return false;
  if (v.contract[slot] === bbl) return true;
  const ess = v.essential;
  const start = ess.start[slot]!;
  const len = ess.length[slot]!;
  if (len > 0) {
    // Counting down what may still be missed: stop as soon as too many are missing.
    const weight = h.person.weight;
    const taught = h.taught;
    let allowedMisses = len - Math.ceil(cfg.openCoverage * len - 1e-9);
    for (let k = start; k < start + len; k++) {
      const sk = ess.pool[k]!;
      if (weight[sk]! > 0 || (taught !== null && taught[sk] === 1)) continue;
      if (--allowedMisses < 0) return false;
    }
  }
  const required = v.docs[slot]?.requiredCertificates;
  if (required && required.length > 0)
    for (const key of certificatesToHold(required)) if (!h.certificates.has(key)) return false;
  return true;
}

/** Whether a vacancy is open to the person as they are now (cached for the request). */
export function openNow(s: ScoreState, slot: number): boolean {
  const { epoch } = inReach(s);
  const m = marksFor(s);
  if (m.nowEpoch[slot] !== epoch) {
    const now = { person: s.person, taught: null, certificates: s.profile.route.certificates, level: s.profile.level };
    m.nowValue[slot] = openTo(s, slot, now) ? 1 : 2;
    m.nowEpoch[slot] = epoch;
  }
  return m.nowValue[slot] === 1;
}

/**
 * How many vacancies of the lists (each counted once) are open to someone after a route and not now; `collect`
 * receives them.
 */
export function countOpened(
  s: ScoreState,
  lists: readonly (readonly number[])[],
  after: Holdings,
  collect?: number[],
): number {
  inReach(s);
  const marks = marksFor(s);
  const { stamp } = marks;
  const mark = ++marks.counts;
  let n = 0;
  for (const slots of lists) {
    for (const slot of slots) {
      if (stamp[slot] === mark) continue;
      stamp[slot] = mark;
      if (!openNow(s, slot) && openTo(s, slot, after)) {
        n++;
        collect?.push(slot);
      }
    }
  }
  return n;
}
