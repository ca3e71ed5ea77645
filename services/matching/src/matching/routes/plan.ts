import type { ScoreState } from '../scoring/score-state.ts';
import { courseFlags } from '../model/course-columns.ts';
import { bridges as cfg } from '../weights.ts';
import { dutchCertificates, entryGaps, holds, learnerOf, take, type Learner } from './learner.ts';
import { candidatePool, inField, isPaid, type PoolGoal } from './course-pool.ts';
import { schedule, type ChosenStep, type DatedStep } from './schedule.ts';

/**
 * What a route should close: missing skills, missing certificates and a level gap, and for whom (PoolGoal: a
 * diploma is a step only towards its own occupations, or one of the same ISCO unit group: a care diploma is no
 * way into childcare because the two share skills).
 */
export interface RouteGoal extends PoolGoal {
  skills: readonly number[];
  certificates: readonly string[];
  /** The level the target asks for; a diploma closes a gap of more than one level. Null: no level asked. */
  level: number | null;
}

export type PlannedStep = DatedStep;

export interface Plan {
  /** In the order they are taken. */
  steps: PlannedStep[];
  /** The learner after the last step. */
  after: Learner;
}

/**
 * The usable course that gives one of `keys` and can be started as things are: one of the route's field first
 * (Dutch for care on a route into care), then the shortest.
 */
function prerequisite(s: ScoreState, keys: readonly string[], l: Learner, taken: Set<number>, goal: RouteGoal) {
  const cc = s.model.catalog.courses;
  let best = -1;
  let bestInField = false;
  for (const key of keys) {
    for (const slot of certificatePool(s, goal, key)) {
      if (taken.has(slot)) continue;
      const gaps = entryGaps(s, slot, l);
      if (!gaps.levelOk || gaps.certificates.length > 0 || gaps.dutch !== null) continue;
      const field = inField(s, slot, goal.occupations);
      if (
        best < 0 ||
        (field && !bestInField) ||
        (field === bestInField &&
          (cc.weeks[slot]! < cc.weeks[best]! || (cc.weeks[slot] === cc.weeks[best] && cc.ids[slot]! < cc.ids[best]!)))
      ) {
        best = slot;
        bestInField = field;
      }
    }
  }
  return best;
}

// The courses that give a certificate, per request and route kind: asked again for every candidate that needs it.
const certificatePools = new WeakMap<ScoreState, Map<string, number[]>>();
function certificatePool(s: ScoreState, goal: RouteGoal, key: string): number[] {
  const pools = certificatePools.get(s) ?? new Map<string, number[]>();
  certificatePools.set(s, pools);
  const id = `${key}|${goal.employerTrains}|${goal.alongsideWork}|${goal.occupations.join(',')}`;
  const pool = pools.get(id) ?? candidatePool(s, goal, [], [key]);
  pools.set(id, pool);
  return pool;
}

/** Every certificate and Dutch level a course needs first, as prerequisite courses; null when one cannot be had. */
function prerequisitesFor(s: ScoreState, slot: number, l: Learner, taken: Set<number>, goal: RouteGoal) {
  const gaps = entryGaps(s, slot, l);
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
  const pool = candidatePool(s, goal, goal.skills, goal.certificates);
  // Per candidate, the goal skills it teaches, found once: the greedy loop then only counts what is still open.
  const wanted = new Uint8Array(s.model.catalog.skills.size);
  for (const k of goal.skills) wanted[k] = 1;
  const teaches = pool.map((slot) => {
    const out: number[] = [];
    const start = cc.skills.start[slot]!;
    for (let i = start; i < start + cc.skills.length[slot]!; i++)
      if (wanted[cc.skills.pool[i]!] === 1) out.push(cc.skills.pool[i]!);
    return out;
  });
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
    for (const [i, slot] of pool.entries()) {
      if (taken.has(slot)) continue;
      const course = cc.docs[slot]!;
      let skills = 0;
      for (const k of teaches[i]!) if (!holds(s, l, k)) skills++;
      const certs = course.givesCertificates.filter((c) => goal.certificates.includes(c) && !l.certificates.has(c));
      const level =
        missingLevel() && (cc.flags[slot]! & courseFlags.qualifying) !== 0 && cc.level[slot]! >= goal.level! - 1;
      if (skills === 0 && certs.length === 0 && !level) continue;
      // Skills alone make a course a step only in the target's field; a certificate the target asks for or the
      // level it needs does in any field (VCA for an electrician's job).
      if (certs.length === 0 && !level && !inField(s, slot, goal.occupations)) continue;
      // A diploma above the level the target asks is no way into it (MMZ niveau 3 for thuishulp).
      if (goal.level !== null && (cc.flags[slot]! & courseFlags.qualifying) !== 0 && cc.level[slot]! > goal.level)
        continue;
      const weeksAlone = cc.weeks[slot]!;
      if (certs.length === 0 && !level && skills / weeksAlone < cfg.minSkillsPerWeek) continue;
      const prereqs = prerequisitesFor(s, slot, l, taken, goal);
      if (!prereqs || picks.length + 1 + prereqs.length > cfg.maxCourses) continue;
      const weeks = weeksAlone + prereqs.reduce((n, p) => n + cc.weeks[p.slot]!, 0);
      if (certs.length === 0 && !level && skills / weeks < cfg.minSkillsPerWeek) continue;
      const gain = skills + cfg.certificateWeight * certs.length + (level ? cfg.levelWeight : 0);
      const score = (gain / weeks) * (isPaid(s, slot, goal) ? cfg.paidCourseFactor : 1);
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
  const taught = new Uint8Array(s.model.catalog.skills.size);
  return picks.map((p) => {
    const start = cc.skills.start[p.slot]!;
    for (let i = start; i < start + cc.skills.length[p.slot]!; i++) taught[cc.skills.pool[i]!] = 1;
    const teaches = goalSkills.filter((k) => !holds(s, l, k) && taught[k] === 1);
    taught.fill(0);
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

/**
 * A plan cut down to one target: the steps that teach one of the goal's missing skills or give one of its
 * certificates, with the steps whose certificates their entry needs, none twice for the same gap, dated again. A
 * vacancy of a career path's occupation so gets the path's own courses, not a plan of its own. Null when no step
 * closes anything of it.
 */
export function planAlong(s: ScoreState, goal: RouteGoal, along: Plan): Plan | null {
  const cc = s.model.catalog.courses;
  const wanted = new Set(goal.skills);
  const kept = new Set<number>();
  for (const step of along.steps) {
    const teaches = cc.skills.get(step.slot).some((k) => wanted.has(k));
    if (teaches || cc.docs[step.slot]!.givesCertificates.some((c) => goal.certificates.includes(c)))
      kept.add(step.slot);
  }
  if (kept.size === 0) return null;
  // Prerequisites follow the steps they serve (a chain of them, too).
  for (let i = along.steps.length - 1; i >= 0; i--) {
    const step = along.steps[i]!;
    if (step.neededBy >= 0 && kept.has(step.neededBy)) kept.add(step.slot);
  }
  const picks: Picked[] = along.steps
    .filter((step) => kept.has(step.slot))
    .map((step) => ({
      slot: step.slot,
      neededBy: step.neededBy,
      certificate: step.neededBy >= 0 ? (step.certificates[0] ?? null) : null,
    }));
  return datedPlan(s, goal, withoutRedundant(s, goal, picks));
}
