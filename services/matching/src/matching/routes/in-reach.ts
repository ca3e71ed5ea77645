import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
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
  const result = { byOccupation, learnWork };
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
 * certificate it requires, and a level at most one below the one asked (one level short is recoverable). A BBL
 * vacancy is a learn-work job: its skills are learned on the job, so only the level counts.
 */
export function openTo(s: ScoreState, slot: number, h: Holdings): boolean {
  const v = s.model.catalog.vacancies;
  if (h.level < v.level[slot]! - 1) return false;
  if (v.contract[slot] === bbl) return true;
  for (const key of v.docs[slot]?.requiredCertificates ?? []) if (!h.certificates.has(key)) return false;
  const ess = v.essential;
  const start = ess.start[slot]!;
  const len = ess.length[slot]!;
  if (len === 0) return true;
  let held = 0;
  for (let k = start; k < start + len; k++) {
    const sk = ess.pool[k]!;
    if (h.person.weight[sk]! > 0 || h.taught?.[sk] === 1) held++;
  }
  return held >= cfg.openCoverage * len;
}

/** How many of `slots` are open to someone after (and not before). */
export function countOpened(s: ScoreState, slots: Iterable<number>, before: Holdings, after: Holdings): number {
  let n = 0;
  for (const slot of slots) if (!openTo(s, slot, before) && openTo(s, slot, after)) n++;
  return n;
}
