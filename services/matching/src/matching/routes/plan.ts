import type { Course } from '@werkbrug/shared/schemas/course';
import { haversineKm, travelMinutes } from '@werkbrug/shared/region/geo';
import type { ScoreState } from '../scoring/score-state.ts';
import { courseFlags } from '../model/course-columns.ts';
import { bridges as cfg } from '../weights.ts';
import { dutchCertificates, entryGaps, holds, learnerOf, take, type Learner } from './learner.ts';
import { fundPlan } from '@werkbrug/shared/courses/funding-rules';
import { fundingStepOf } from './funding.ts';
import { inReach } from './in-reach.ts';
import { schedule, type ChosenStep, type DatedStep } from './schedule.ts';

/** What a route should close: missing skills, missing certificates and a level gap. */
export interface RouteGoal {
  skills: readonly number[];
  certificates: readonly string[];
  /** The level the target asks for; a diploma closes a gap of more than one level. Null: no level asked. */
  level: number | null;
  /** The target vacancy's employer trains (BBL job, training offered): BBL courses fit and the employer pays. */
  employerTrains: boolean;
  /**
   * The occupations the route leads to (indices). A course that trains for an occupation (a diploma, a
   * learn-work route) is a step only towards its own occupations or one of the same ISCO unit group: a care
   * diploma is no way into childcare because the two share skills. Empty: no such limit.
   */
  occupations: readonly number[];
  /** The route runs beside a job (a BBL vacancy): only part-time courses fit next to it. */
  alongsideWork: boolean;
}

export type PlannedStep = DatedStep;

export interface Plan {
  /** In the order they are taken. */
  steps: PlannedStep[];
  /** The learner after the last step. */
  after: Learner;
}

/**
 * Whether a course can be planned for this request at all: open, a start to come, within reach (people travel
 * further to a course than to work), a step rather than advice, and for a BBL course a learn-work job in view:
 * the target vacancy's employer trains, or a BBL vacancy of one of its occupations is in reach.
 */
export function usable(
  s: ScoreState,
  slot: number,
  goal: Pick<RouteGoal, 'employerTrains' | 'occupations' | 'alongsideWork'>,
  steps = true,
): boolean {
  const cc = s.model.catalog.courses;
  const flags = cc.flags[slot]!;
  if (cc.alive[slot] !== 1 || cc.lastStart[slot]! < s.today) return false;
  if (goal.alongsideWork && cc.docs[slot]!.hoursPerWeek > cfg.maxHoursAlongsideWork) return false;
  if (steps && (flags & courseFlags.notAStep) !== 0) return false;
  if ((flags & courseFlags.forItsOccupations) !== 0 && !leadsTo(s, slot, goal.occupations)) return false;
  if ((flags & courseFlags.needsLearnWorkJob) !== 0 && !goal.employerTrains) {
    const learnWork = inReach(s).learnWork;
    if (!cc.occupations.get(slot).some((o) => learnWork.has(o))) return false;
  }
  const where = cc.docs[slot]!.location;
  if (!where || !s.profile.location) return true;
  const km = haversineKm(s.profile.location.lat, s.profile.location.lon, where.lat, where.lon);
  const minutes = Math.min(travelMinutes(km, s.profile.travel.mode), travelMinutes(km, 'ov'));
  return minutes <= Math.max(s.profile.travel.maxMinutes * cfg.courseTravelFactor, cfg.minCourseMinutes);
}

/** Whether a course trains for one of the occupations, or one of their ISCO-08 unit group. */
function leadsTo(s: ScoreState, slot: number, occupations: readonly number[]): boolean {
  if (occupations.length === 0) return true;
  const list = s.model.taxonomy.occupations;
  const own = s.model.catalog.courses.occupations.get(slot);
  return own.some((o) => occupations.some((g) => o === g || list[o]!.isco08 === list[g]!.isco08));
}

function isPaid(s: ScoreState, slot: number, goal: RouteGoal): boolean {
  const cc = s.model.catalog.courses;
  if (cc.price[slot]! <= 0) return false;
  const first = cc.docs[slot]!.startDates.find((d) => d >= isoOf(s.today)) ?? cc.docs[slot]!.startDates[0]!;
  const [step] = fundPlan(s.model.fundingSchemes(), s.profile.route.situations, [
    fundingStepOf(s, cc.docs[slot]!, first, goal),
  ]);
  return step!.cost > 0;
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The shortest usable course that gives one of `keys` and can be started as things are. */
function prerequisite(s: ScoreState, keys: readonly string[], l: Learner, taken: Set<number>, goal: RouteGoal) {
  const cc = s.model.catalog.courses;
  let best = -1;
  for (const key of keys) {
    for (const slot of cc.byCertificate.get(key) ?? []) {
      if (taken.has(slot) || !usable(s, slot, goal)) continue;
      const gaps = entryGaps(cc.docs[slot]!, l);
      if (!gaps.levelOk || gaps.certificates.length > 0 || gaps.dutch !== null) continue;
      if (
        best < 0 ||
        cc.weeks[slot]! < cc.weeks[best]! ||
        (cc.weeks[slot] === cc.weeks[best] && cc.ids[slot]! < cc.ids[best]!)
      )
        best = slot;
    }
  }
  return best;
}

/** Every certificate and Dutch level a course needs first, as prerequisite courses; null when one cannot be had. */
function prerequisitesFor(s: ScoreState, course: Course, l: Learner, taken: Set<number>, goal: RouteGoal) {
  const gaps = entryGaps(course, l);
  if (!gaps.levelOk) return null;
  const slots: { slot: number; certificate: string }[] = [];
  for (const key of gaps.certificates) {
    const slot = prerequisite(s, [key], l, taken, goal);
    if (slot < 0) return null;
    slots.push({ slot, certificate: key });
  }
  if (gaps.dutch !== null) {
    const keys = dutchCertificates.filter(([, rank]) => rank >= gaps.dutch!).map(([key]) => key);
    const slot = prerequisite(s, keys, l, taken, goal);
    if (slot < 0) return null;
    slots.push({
      slot,
      certificate: s.model.catalog.courses.docs[slot]!.givesCertificates.find((c) => keys.includes(c))!,
    });
  }
  return slots;
}

/**
 * Greedy: repeatedly take the usable course that closes the most of what is still missing per week of study
 * (prerequisites' weeks included; a course that still costs money after funding counts for less), until
 * nothing is missing, nothing helps enough, or the plan is full. Offerings of one course at several places
 * count once (the first usable one). Then the steps get dates (schedule.ts).
 */
export function planRoute(s: ScoreState, goal: RouteGoal): Plan | null {
  const cc = s.model.catalog.courses;
  const l = learnerOf(s);
  const candidates = new Set<number>();
  for (const k of goal.skills) for (const slot of cc.bySkill[k] ?? []) candidates.add(slot);
  for (const key of goal.certificates) for (const slot of cc.byCertificate.get(key) ?? []) candidates.add(slot);
  const seen = new Set<string>();
  const pool: number[] = [];
  for (const slot of [...candidates].sort((a, b) => (cc.ids[a]! < cc.ids[b]! ? -1 : 1))) {
    const doc = cc.docs[slot]!;
    const same = `${doc.providerId}|${doc.title}`;
    if (seen.has(same) || !usable(s, slot, goal)) continue;
    seen.add(same);
    pool.push(slot);
  }
  const paid = new Map<number, boolean>();
  const taken = new Set<number>();
  const picks: Picked[] = [];
  const missingLevel = () => goal.level !== null && l.level < goal.level - 1;
  const remaining = () =>
    goal.skills.some((k) => !holds(s, l, k)) || goal.certificates.some((c) => !l.certificates.has(c)) || missingLevel();
  const pick = (slot: number, neededBy: number, certificate: string | null) => {
    picks.push({ slot, neededBy, certificate });
    taken.add(slot);
    take(s, l, slot);
  };

  while (picks.length < cfg.maxCourses && remaining()) {
    let best: { slot: number; prereqs: { slot: number; certificate: string }[]; score: number } | null = null;
    for (const slot of pool) {
      if (taken.has(slot)) continue;
      const course = cc.docs[slot]!;
      let skills = 0;
      for (const k of cc.skills.get(slot)) if (goal.skills.includes(k) && !holds(s, l, k)) skills++;
      const certs = course.givesCertificates.filter((c) => goal.certificates.includes(c) && !l.certificates.has(c));
      const level =
        missingLevel() && (cc.flags[slot]! & courseFlags.qualifying) !== 0 && cc.level[slot]! >= goal.level! - 1;
      if (skills === 0 && certs.length === 0 && !level) continue;
      const prereqs = prerequisitesFor(s, course, l, taken, goal);
      if (!prereqs || picks.length + 1 + prereqs.length > cfg.maxCourses) continue;
      const weeks = cc.weeks[slot]! + prereqs.reduce((n, p) => n + cc.weeks[p.slot]!, 0);
      if (certs.length === 0 && !level && skills / weeks < cfg.minSkillsPerWeek) continue;
      if (!paid.has(slot)) paid.set(slot, isPaid(s, slot, goal));
      const gain = skills + cfg.certificateWeight * certs.length + (level ? cfg.levelWeight : 0);
      const score = (gain / weeks) * (paid.get(slot) ? cfg.paidCourseFactor : 1);
      if (!best || score > best.score || (score === best.score && cc.ids[slot]! < cc.ids[best.slot]!))
        best = { slot, prereqs, score };
    }
    if (!best) break;
    for (const p of best.prereqs) pick(p.slot, best.slot, p.certificate);
    pick(best.slot, -1, null);
  }
  return datedPlan(s, goal, withoutRedundant(s, goal, picks));
}

/** A course picked for a route; `neededBy` is the slot of the course whose entry it serves (-1: none). */
interface Picked {
  slot: number;
  neededBy: number;
  certificate: string | null;
}

/** What a set of picks closes of the goal, as one comparable key. */
function closes(s: ScoreState, goal: RouteGoal, picks: readonly Picked[]): string {
  const l = learnerOf(s);
  for (const p of picks) take(s, l, p.slot);
  const skills = goal.skills.filter((k) => holds(s, l, k)).length;
  const certificates = goal.certificates.filter((c) => l.certificates.has(c)).length;
  return `${skills}/${certificates}/${Math.min(l.level, goal.level ?? 0)}`;
}

/**
 * One course per gap: greedy picks short courses first, and a long course picked later may teach all they did.
 * A pick whose removal (with its prerequisites) closes no less of the goal goes.
 */
function withoutRedundant(s: ScoreState, goal: RouteGoal, picks: Picked[]): Picked[] {
  let kept = picks;
  const full = closes(s, goal, picks);
  for (const p of picks) {
    if (p.neededBy >= 0 || !kept.includes(p)) continue;
    const trial = kept.filter((q) => q !== p && q.neededBy !== p.slot);
    if (trial.length > 0 && closes(s, goal, trial) === full) kept = trial;
  }
  return kept;
}

/** The picks as steps: in order, what each closes that the ones before it did not. */
function stepsOf(s: ScoreState, goal: RouteGoal, picks: readonly Picked[]): ChosenStep[] {
  const cc = s.model.catalog.courses;
  const l = learnerOf(s);
  const goalSkills = [...new Set(goal.skills)];
  return picks.map((p) => {
    const teaches = goalSkills.filter((k) => !holds(s, l, k) && cc.skills.get(p.slot).includes(k));
    const certificates = cc.docs[p.slot]!.givesCertificates.filter(
      (c) => (goal.certificates.includes(c) || c === p.certificate) && !l.certificates.has(c),
    );
    take(s, l, p.slot);
    return { slot: p.slot, teaches, certificates, neededBy: p.neededBy };
  });
}

/**
 * Dates for the steps (schedule.ts). When no order fits the start dates, the last course chosen goes (with its
 * prerequisites) and the rest is tried again: a shorter plan that can be taken beats a longer one that cannot.
 */
function datedPlan(s: ScoreState, goal: RouteGoal, picks: Picked[]): Plan | null {
  let kept = picks;
  while (kept.length > 0) {
    const dated = schedule(s, stepsOf(s, goal, kept));
    if (dated) {
      const after = learnerOf(s);
      for (const step of dated) take(s, after, step.slot);
      return { steps: dated, after };
    }
    const last = kept[kept.length - 1]!;
    kept = kept.filter((p) => p !== last && p.neededBy !== last.slot);
  }
  return null;
}
