import type { Bridge } from '../model/types.ts';
import { withExtraCredit } from '../profile/person.ts';
import { distanceKm, minutesFor, type ScoreState } from '../scoring/score-state.ts';
import { availableFunding } from './funding.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { type CoursePlan, describeCourse, planCourses, taughtSkills, type CourseConstraints } from './bridges.ts';
import { skillRef, toPoints } from '../scoring/labels.ts';

export function vacancyConstraints(s: ScoreState, slot: number): CourseConstraints {
  const trains = (s.model.catalog.vacancies.flags[slot]! & vacancyFlags.employerTrains) !== 0;
  return {
    personLevel: s.profile.level,
    today: s.today,
    funding: availableFunding(s.profile.eligibleFunding, trains),
    employerTrains: trains,
  };
}

/** The missing essential skills of a vacancy for this person (skill indices, in the vacancy's order). */
export function missingEssentials(s: ScoreState, slot: number): number[] {
  return s.model.catalog.vacancies.essential.get(slot).filter((k) => !(s.person.weight[k]! > 0));
}

/**
 * Courses that close the gap to one vacancy, with the score now and after them. "After" rescores the
 * vacancy with every taught skill added at full weight; only the skills evidence can change and it
 * never falls when skills are added (the modulators stay), so fitAfter >= fitNow.
 */
export function bridgeForVacancy(s: ScoreState, slot: number): Bridge {
  const constraints = vacancyConstraints(s, slot);
  return bridgeFromPlan(s, slot, planCourses(s.model, missingEssentials(s, slot), constraints), constraints);
}

/**
 * The bridge to one vacancy along a plan made for its occupation (a career path's route): the plan's
 * courses that teach one of its missing skills, so the match shows the same courses as the path.
 */
export function bridgeAlongRoute(
  s: ScoreState,
  slot: number,
  route: CoursePlan,
  constraints: CourseConstraints,
): Bridge {
  const missing = missingEssentials(s, slot);
  const want = new Set(missing);
  const plan: CoursePlan = { slots: [], teaches: [], uncovered: [] };
  route.slots.forEach((course, i) => {
    const teaches = route.teaches[i]!.filter((k) => want.has(k));
    if (teaches.length === 0) return;
    for (const k of teaches) want.delete(k);
    plan.slots.push(course);
    plan.teaches.push(teaches);
  });
  plan.uncovered = missing.filter((k) => want.has(k));
  return bridgeFromPlan(s, slot, plan, constraints);
}

function bridgeFromPlan(s: ScoreState, slot: number, plan: CoursePlan, constraints: CourseConstraints): Bridge {
  const { model } = s;
  const minutes = minutesFor(s, distanceKm(s, slot));
  const fitNow = toPoints(s.evaluator.evaluate(slot, minutes, null));
  const fitAfter = toPoints(
    withExtraCredit(model, taughtSkills(model, plan.slots), (extra) => s.evaluator.scoreWith(slot, minutes, extra)),
  );
  const courses = plan.slots.map((c, i) => describeCourse(model, c, plan.teaches[i]!, constraints));
  return {
    fitNow,
    fitAfter,
    courses,
    totalWeeks: courses.reduce((n, c) => n + c.durationWeeks, 0),
    totalCost: courses.reduce((n, c) => n + c.costAfterFunding, 0),
    covered: plan.teaches.flat().map((k) => skillRef(model, k)),
    stillMissing: plan.uncovered.map((k) => skillRef(model, k)),
  };
}
