import { haversineKm, travelMinutes } from '@werkbrug/shared/region/geo';
import { fundPlan } from '@werkbrug/shared/courses/funding-rules';
import type { ScoreState } from '../scoring/score-state.ts';
import { courseFlags } from '../model/course-columns.ts';
import { bridges as cfg } from '../weights.ts';
import { fundingStepOf } from './funding.ts';
import { inReach } from './in-reach.ts';

/** What decides which courses a route may use: who the route is for besides the person. */
export interface PoolGoal {
  /** The target vacancy's employer trains (BBL job, training offered): BBL courses fit and the employer pays. */
  employerTrains: boolean;
  /** Occupations the route leads to (indices); a diploma is a step only towards its own. Empty: no limit. */
  occupations: readonly number[];
  /** The route runs beside a job (a BBL vacancy): only part-time courses fit next to it. */
  alongsideWork: boolean;
}

/**
 * Per request (one person, one day): whether each course is open, starts to come and lies within reach, and
 * whether it would cost the person money. Every route of a request (20 bridges, 10 career paths) asks the same
 * questions of the same courses, so the answers are kept; a large catalogue offers one course at many places.
 */
interface RequestCache {
  /** By slot: 0 unknown, 1 usable, 2 not (open, to come, in reach). */
  reach: Uint8Array;
  /** By slot x 2 + employerTrains: 0 unknown, 1 free after funding, 2 paid. */
  paid: Uint8Array;
  /** By group: the first offering in reach (-1: none, -2: not looked up yet). */
  offering: Int32Array;
}
const caches = new WeakMap<ScoreState, RequestCache>();

function cacheOf(s: ScoreState): RequestCache {
  let c = caches.get(s);
  const cc = s.model.catalog.courses;
  if (!c || c.reach.length < cc.highWater || c.offering.length < cc.groupCount) {
    c = {
      reach: new Uint8Array(cc.highWater),
      paid: new Uint8Array(cc.highWater * 2),
      offering: new Int32Array(cc.groupCount).fill(-2),
    };
    caches.set(s, c);
  }
  return c;
}

/** Open, a start to come, and within reach: people travel further to a course than to work (weights.ts). */
function inReachOfPerson(s: ScoreState, slot: number): boolean {
  const cache = cacheOf(s);
  if (cache.reach[slot] !== 0) return cache.reach[slot] === 1;
  const cc = s.model.catalog.courses;
  let ok = cc.alive[slot] === 1 && cc.lastStart[slot]! >= s.today;
  const where = cc.docs[slot]?.location;
  if (ok && where && s.profile.location) {
    const km = haversineKm(s.profile.location.lat, s.profile.location.lon, where.lat, where.lon);
    const minutes = Math.min(travelMinutes(km, s.profile.travel.mode), travelMinutes(km, 'ov'));
    ok = minutes <= Math.max(s.profile.travel.maxMinutes * cfg.courseTravelFactor, cfg.minCourseMinutes);
  }
  cache.reach[slot] = ok ? 1 : 2;
  return ok;
}

/** Whether a course trains for one of the occupations, or one of their ISCO-08 unit group. */
function leadsTo(s: ScoreState, slot: number, occupations: readonly number[]): boolean {
  if (occupations.length === 0) return true;
  const list = s.model.taxonomy.occupations;
  const own = s.model.catalog.courses.occupations;
  const start = own.start[slot]!;
  for (let i = start; i < start + own.length[slot]!; i++) {
    const o = own.pool[i]!;
    for (const g of occupations) if (o === g || list[o]!.isco08 === list[g]!.isco08) return true;
  }
  return false;
}

/**
 * Whether a course belongs to the field of the occupations: one of its own occupations in the same ISCO-08 minor
 * group (three digits) as one of them. A course that names no occupation serves any field; so does any course
 * when the route names none. A transfer training for carers teaches lifting, but it is no step towards an
 * electrician's job; a CNC course is no step towards machine maintenance.
 */
export function inField(s: ScoreState, slot: number, occupations: readonly number[]): boolean {
  const own = s.model.catalog.courses.occupations;
  if (occupations.length === 0 || own.length[slot] === 0) return true;
  const list = s.model.taxonomy.occupations;
  const start = own.start[slot]!;
  for (let i = start; i < start + own.length[slot]!; i++) {
    const minor = list[own.pool[i]!]!.isco08.slice(0, 3);
    for (const g of occupations) if (list[g]!.isco08.slice(0, 3) === minor) return true;
  }
  return false;
}

/** The part of `usable` that holds for every offering of a course: its kind, hours and occupations. */
function courseFits(s: ScoreState, slot: number, goal: PoolGoal, steps: boolean): boolean {
  const cc = s.model.catalog.courses;
  const flags = cc.flags[slot]!;
  if (steps && (flags & courseFlags.notAStep) !== 0) return false;
  // A course whose diplomas or certificates the person already holds is one they have done (a guard with
  // the beveiliger diploma is not sent to the Beveiliger 2 course for the skills it teaches).
  const gives = cc.docs[slot]!.givesCertificates;
  if (gives.length > 0 && gives.every((c) => s.profile.route.certificates.has(c))) return false;
  if (goal.alongsideWork && cc.docs[slot]!.hoursPerWeek > cfg.maxHoursAlongsideWork) return false;
  if ((flags & courseFlags.forItsOccupations) !== 0 && !leadsTo(s, slot, goal.occupations)) return false;
  if ((flags & courseFlags.needsLearnWorkJob) !== 0 && !goal.employerTrains) {
    const learnWork = inReach(s).learnWork;
    const own = cc.occupations;
    let any = false;
    for (let i = own.start[slot]!; i < own.start[slot]! + own.length[slot]! && !any; i++)
      any = learnWork.has(own.pool[i]!);
    if (!any) return false;
  }
  return true;
}

/**
 * Whether a course can be part of a route: open, a start to come, within reach, not one whose certificates the
 * person already holds, a step rather than advice (for
 * plans), towards the route's occupations when it trains for one, part-time beside a learn-work job, and for a
 * BBL course a learn-work job in view (the target's employer trains, or a BBL vacancy of its occupations in reach).
 */
export function usable(s: ScoreState, slot: number, goal: PoolGoal, steps = true): boolean {
  return inReachOfPerson(s, slot) && courseFits(s, slot, goal, steps);
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the person would still pay for a course after funding (taken alone, at its first start). */
export function isPaid(s: ScoreState, slot: number, goal: Pick<PoolGoal, 'employerTrains'>): boolean {
  const cc = s.model.catalog.courses;
  if (cc.price[slot]! <= 0) return false;
  const cache = cacheOf(s);
  const key = slot * 2 + (goal.employerTrains ? 1 : 0);
  if (cache.paid[key] !== 0) return cache.paid[key] === 2;
  const starts = cc.starts[slot]!;
  const first = starts.find((d) => d >= s.today) ?? starts[0]!;
  const [step] = fundPlan(s.model.fundingSchemes(), s.profile.route.situations, [
    fundingStepOf(s, cc.docs[slot]!, isoOf(first), goal),
  ]);
  cache.paid[key] = step!.cost > 0 ? 2 : 1;
  return step!.cost > 0;
}

/** The first offering of a course (in id order) that is open, starts to come and lies within reach; -1: none. */
function offeringInReach(s: ScoreState, group: number): number {
  const cache = cacheOf(s);
  if (cache.offering[group] !== -2) return cache.offering[group]!;
  let found = -1;
  for (const slot of s.model.catalog.courses.groupSlots[group] ?? []) {
    if (inReachOfPerson(s, slot)) {
      found = slot;
      break;
    }
  }
  cache.offering[group] = found;
  return found;
}

/**
 * The usable courses that teach one of `skills` or give one of `certificates`: one offering per course (the
 * first one in reach, in id order). The indexes are by course, not by offering, so a catalogue that offers each
 * course at fifty places costs no more to search than one that offers it once.
 */
export function candidatePool(
  s: ScoreState,
  goal: PoolGoal,
  skills: readonly number[],
  certificates: readonly string[],
  steps = true,
): number[] {
  const cc = s.model.catalog.courses;
  const seen = new Set<number>();
  const out: number[] = [];
  const consider = (group: number) => {
    if (seen.has(group)) return;
    seen.add(group);
    const slot = offeringInReach(s, group);
    if (slot >= 0 && courseFits(s, slot, goal, steps)) out.push(slot);
  };
  for (const k of skills) for (const group of cc.skillGroups[k]?.keys() ?? []) consider(group);
  for (const key of certificates) for (const group of cc.certificateGroups.get(key)?.keys() ?? []) consider(group);
  return out.sort((a, b) => (cc.ids[a]! < cc.ids[b]! ? -1 : 1));
}
