import type { BridgeCourse, Route } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { skillRef } from '../scoring/labels.ts';
import { fundPlan } from '@werkbrug/shared/courses/funding-rules';
import { fundingStepOf } from './funding.ts';
import { countOpened, inReach, openTo, type Holdings } from './in-reach.ts';
import { isoOf, planRoute, type Plan, type RouteGoal } from './plan.ts';

export type { RouteGoal } from './plan.ts';

/** What a route aims at: the gaps to close and the vacancies it should open. */
export interface RouteTarget {
  goal: RouteGoal;
  /** Vacancies always counted for "opens" (the vacancy of a match). */
  vacancySlots?: readonly number[];
  /** Occupations whose vacancies in reach count for "opens" too (a career path's occupation). */
  occupations?: readonly number[];
  /** A BBL vacancy: the job itself is the route, with or without a course beside it. */
  learnWork?: boolean;
}

/** The person now: nothing taught yet. */
export function holdingsNow(s: ScoreState): Holdings {
  return { person: s.person, taught: null, certificates: s.profile.route.certificates, level: s.profile.level };
}

export function holdingsAfter(s: ScoreState, plan: Plan | null): Holdings {
  if (!plan) return holdingsNow(s);
  return {
    person: s.person,
    taught: plan.after.taught,
    certificates: plan.after.certificates,
    level: plan.after.level,
  };
}

/** Vacancies in reach a route is meant for: the target ones plus those of the occupations the steps lead to. */
function targetSlots(s: ScoreState, target: RouteTarget, plan: Plan | null): Set<number> {
  const { byOccupation } = inReach(s);
  const occupations = new Set(target.occupations ?? []);
  for (const step of plan?.steps ?? [])
    for (const o of s.model.catalog.courses.occupations.get(step.slot)) occupations.add(o);
  const slots = new Set(target.vacancySlots ?? []);
  for (const o of occupations) for (const slot of byOccupation[o] ?? []) slots.add(slot);
  return slots;
}

/**
 * Plans a route (plan.ts), funds it over its whole length (funding.ts) and counts the vacancies in reach it
 * opens. Null when it opens none: such a plan is not offered. A learn-work route is offered with or without a
 * course: the BBL job itself is open to the person (see openTo) and is counted as opened.
 */
export function routeFor(s: ScoreState, target: RouteTarget): { route: Route; plan: Plan | null } | null {
  const plan =
    target.goal.skills.length + target.goal.certificates.length > 0 || target.goal.level !== null
      ? planRoute(s, target.goal)
      : null;
  if (!plan && !target.learnWork) return null;
  const before = holdingsNow(s);
  const after = holdingsAfter(s, plan);
  let opens = countOpened(s, targetSlots(s, target, plan), before, after);
  // A BBL job open to you is the route itself: it counts as opened although it was open before.
  if (target.learnWork)
    for (const slot of target.vacancySlots ?? []) if (openTo(s, slot, before) && openTo(s, slot, after)) opens++;
  if (opens === 0) return null;
  return { route: describe(s, target, plan, opens), plan };
}

function describe(s: ScoreState, target: RouteTarget, plan: Plan | null, opens: number): Route {
  const cc = s.model.catalog.courses;
  const steps = plan?.steps ?? [];
  const startDates = steps.map((step) => isoOf(step.start));
  const funded = fundPlan(
    s.model.fundingSchemes(),
    s.profile.route.situations,
    steps.map((step, i) => fundingStepOf(s, cc.docs[step.slot]!, startDates[i]!, target.goal)),
  );
  const courses: BridgeCourse[] = steps.map((step, i) => {
    const course = cc.docs[step.slot]!;
    const money = funded[i]!;
    return {
      courseId: course.id,
      course,
      teaches: step.teaches.map((k) => skillRef(s.model, k)),
      certificates: step.certificates,
      durationWeeks: course.durationWeeks,
      startDate: startDates[i]!,
      endDate: isoOf(step.end),
      price: course.price,
      costAfterFunding: money.cost,
      funding: money.grant,
      otherFunding: money.other,
      checkWithAdviser: money.checkWithAdviser,
    };
  });
  const covered = new Set(steps.flatMap((step) => step.teaches));
  const gained = new Set(steps.flatMap((step) => step.certificates));
  return {
    kind: target.learnWork ? 'learn-work' : 'courses',
    courses,
    totalWeeks: courses.reduce((n, c) => n + c.durationWeeks, 0),
    readyBy: steps.length > 0 ? isoOf(steps[steps.length - 1]!.end) : isoOf(s.today),
    totalCost: Math.round(courses.reduce((n, c) => n + c.costAfterFunding, 0) * 100) / 100,
    opensVacancies: opens,
    covered: [...covered].map((k) => skillRef(s.model, k)),
    stillMissing: [...new Set(target.goal.skills)]
      .filter((k) => !covered.has(k) && !(s.person.weight[k]! > 0))
      .map((k) => skillRef(s.model, k)),
    certificatesGained: target.goal.certificates.filter((c) => gained.has(c)),
    checkWithAdviser: courses.some((c) => c.checkWithAdviser),
  };
}

/** All skills the plan's courses teach: "fit after" adds them all, not only the missing ones. */
export function taughtSkills(s: ScoreState, plan: Plan | null): number[] {
  if (!plan) return [];
  return [...new Set(plan.steps.flatMap((step) => s.model.catalog.courses.skills.get(step.slot)))];
}
