import type { BridgeCourse, Route } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { skillRef } from '../scoring/labels.ts';
import { fundPlan } from '@werkbrug/shared/courses/funding-rules';
import { fundingStepOf } from './funding.ts';
import { countOpened, inReach, openNow, openTo, type Holdings } from './in-reach.ts';
import { planRoute, type Plan, type RouteGoal } from './plan.ts';
import { isoOf } from './course-pool.ts';

/** What a route aims at: the gaps to close and the vacancies it should open. */
export interface RouteTarget {
  goal: RouteGoal;
  /** Vacancies always counted for "opens" (the vacancy of a match). */
  vacancySlots?: readonly number[];
  /** Occupations whose vacancies in reach count for "opens" too (a career path's occupation). */
  occupations?: readonly number[];
  /** A BBL vacancy: the job itself is the route, with or without a course beside it. */
  learnWork?: boolean;
  /** Count the vacancies of the occupations the steps lead to as well (default); off: only the target's. */
  stepOccupations?: boolean;
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

// Matches of one occupation often get the same plan: the vacancies it opens are counted once per request.
const openedSlots = new WeakMap<ScoreState, Map<string, number[]>>();

/**
 * The vacancies in reach a route opens: those of the occupations it is meant for and (unless the target says
 * otherwise) of the occupations its steps lead to, plus the target vacancies themselves.
 */
function opened(s: ScoreState, target: RouteTarget, plan: Plan | null, after: Holdings): number[] {
  const { byOccupation } = inReach(s);
  const occupations = new Set(target.occupations ?? []);
  if (target.stepOccupations !== false)
    for (const step of plan?.steps ?? [])
      for (const o of s.model.catalog.courses.occupations.get(step.slot)) occupations.add(o);
  const lists = [...occupations].sort((a, b) => a - b);
  const key = `${plan?.steps.map((step) => step.slot).join(',') ?? ''}|${lists.join(',')}`;
  const memo = openedSlots.get(s) ?? new Map<string, number[]>();
  openedSlots.set(s, memo);
  let slots = memo.get(key);
  if (slots === undefined) {
    slots = [];
    countOpened(
      s,
      lists.map((o) => byOccupation[o] ?? []),
      after,
      slots,
    );
    memo.set(key, slots);
  }
  // A target vacancy outside those occupations (one without a known occupation) counts on its own.
  const v = s.model.catalog.vacancies;
  const extra = (target.vacancySlots ?? []).filter(
    (slot) => !occupations.has(v.occupation[slot]!) && !openNow(s, slot) && openTo(s, slot, after),
  );
  return extra.length > 0 ? [...slots, ...extra] : slots;
}

/**
 * Plans a route (plan.ts), funds it over its whole length (funding.ts) and counts the vacancies in reach it
 * opens. Null when it opens none: such a plan is not offered. A learn-work route is offered with or without a
 * course: the BBL job itself is open to the person (see openTo) and is counted as opened; without a course when
 * the courses would cost the person money.
 */
export function routeFor(
  s: ScoreState,
  target: RouteTarget,
): { route: Route; plan: Plan | null; opened: readonly number[] } | null {
  const plan =
    target.goal.skills.length + target.goal.certificates.length > 0 || target.goal.level !== null
      ? planRoute(s, target.goal)
      : null;
  if (!plan && !target.learnWork) return null;
  const found = routeWith(s, target, plan);
  // A BBL job open to you now needs no course you pay for: its skills are learned on the job and the employer
  // pays the school part. Then the job alone is the route, not courses at the person's own cost.
  if (found && plan && target.learnWork && found.route.totalCost > 0) {
    const jobOpen = (target.vacancySlots ?? []).some((slot) => openNow(s, slot));
    if (jobOpen) return routeWith(s, target, null) ?? found;
  }
  return found;
}

/** The route of a plan made already (or none): described, funded, and null when it opens no vacancy in reach. */
export function routeWith(
  s: ScoreState,
  target: RouteTarget,
  plan: Plan | null,
): { route: Route; plan: Plan | null; opened: readonly number[] } | null {
  const after = holdingsAfter(s, plan);
  const slots = opened(s, target, plan, after);
  let opens = slots.length;
  // A BBL job open to you is the route itself: it counts as opened although it was open before.
  if (target.learnWork)
    for (const slot of target.vacancySlots ?? []) if (openNow(s, slot) && openTo(s, slot, after)) opens++;
  if (opens === 0) return null;
  return { route: describe(s, target, plan, opens), plan, opened: slots };
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
