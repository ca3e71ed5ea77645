import type { Bridge } from '../model/types.ts';
import { withExtraCredit } from '../profile/person.ts';
import { distanceKm, minutesFor, type ScoreState } from '../scoring/score-state.ts';
import { availableFunding } from './funding.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { describeCourse, planCourses, taughtSkills, type CourseConstraints } from './bridges.ts';
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
  const { model } = s;
  const minutes = minutesFor(s, distanceKm(s, slot));
  const fitNow = toPoints(s.evaluator.evaluate(slot, minutes, null));
  const missing = missingEssentials(s, slot);
  const constraints = vacancyConstraints(s, slot);
  const plan = planCourses(model, missing, constraints);
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
