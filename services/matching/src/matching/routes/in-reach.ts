import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { certificatesToHold } from '@werkbrug/shared/schemas/certificate';
import type { ScoreState } from '../scoring/score-state.ts';
import { makeAdmitter, type CompiledFilter } from '../scoring/hard-filters.ts';
import type { PersonVector } from '../profile/person.ts';
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
  /** Admitted vacancies (open, in reach, enough hours) by occupation index. */
  byOccupation: readonly (readonly number[])[];
  /** Occupations with a BBL vacancy in reach: a BBL course towards them has a learn-work job in view. */
  learnWork: ReadonlySet<number>;
  /** By vacancy slot: 0 not asked yet, 1 open to the person now, 2 not. Every route of a request asks. */
  now: Uint8Array;
  /** By vacancy slot: the count that last looked at it, so a vacancy in two lists counts once. */
  stamp: Int32Array;
  counts: number;
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
  const result = {
    byOccupation,
    learnWork,
    now: new Uint8Array(v.highWater),
    stamp: new Int32Array(v.highWater),
    counts: 0,
  };
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
  const reach = inReach(s);
  if (reach.now[slot] === 0) {
    const now = { person: s.person, taught: null, certificates: s.profile.route.certificates, level: s.profile.level };
    reach.now[slot] = openTo(s, slot, now) ? 1 : 2;
  }
  return reach.now[slot] === 1;
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
  const reach = inReach(s);
  const mark = ++reach.counts;
  let n = 0;
  for (const slots of lists) {
    for (const slot of slots) {
      if (reach.stamp[slot] === mark) continue;
      reach.stamp[slot] = mark;
      if (!openNow(s, slot) && openTo(s, slot, after)) {
        n++;
        collect?.push(slot);
      }
    }
  }
  return n;
}
