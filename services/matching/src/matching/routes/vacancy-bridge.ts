import { certificatesToHold } from '@werkbrug/shared/schemas/certificate';
import type { Bridge, Route } from '../model/types.ts';
import { withExtraCredit } from '../profile/person.ts';
import { distanceKm, minutesFor, type ScoreState } from '../scoring/score-state.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { routeFor, routeWith, taughtSkills } from './bridges.ts';
import { planAlong, type Plan, type RouteGoal } from './plan.ts';
import { openNow } from './in-reach.ts';
import { toPoints } from '../scoring/labels.ts';

/** The missing essential skills of a vacancy for this person (skill indices, in the vacancy's order). */
export function missingEssentials(s: ScoreState, slot: number): number[] {
  return s.model.catalog.vacancies.essential.get(slot).filter((k) => !(s.person.weight[k]! > 0));
}

/** What a route towards this vacancy should close: its missing skills and certificates, and its level. */
export function vacancyGoal(s: ScoreState, slot: number): RouteGoal {
  const v = s.model.catalog.vacancies;
  return {
    skills: missingEssentials(s, slot),
    certificates: certificatesToHold(v.docs[slot]?.requiredCertificates ?? []).filter(
      (c) => !s.profile.route.certificates.has(c),
    ),
    level: v.level[slot]!,
    employerTrains: (v.flags[slot]! & vacancyFlags.employerTrains) !== 0,
    occupations: v.occupation[slot]! >= 0 ? [v.occupation[slot]!] : [],
    alongsideWork: v.docs[slot]?.contractType === 'bbl',
  };
}

/**
 * The route to one vacancy, with the score now and after it. A vacancy that is open to the person now needs no
 * bridge (null), except a BBL job: that is itself the route ("leren en werken tegelijk"). Null as well when no
 * plan opens a vacancy in reach.
 */
export function bridgeForVacancy(s: ScoreState, slot: number): Bridge | null {
  const v = s.model.catalog.vacancies;
  const learnWork = v.docs[slot]?.contractType === 'bbl';
  if (!learnWork && openNow(s, slot)) return null;
  const found = routeFor(s, {
    goal: vacancyGoal(s, slot),
    vacancySlots: [slot],
    occupations: v.occupation[slot]! >= 0 ? [v.occupation[slot]!] : [],
    learnWork,
  });
  return found ? withFit(s, slot, found) : null;
}

/**
 * The bridge to one vacancy along a plan made for its occupation (a career path's route): the plan's steps that
 * close one of its gaps (with the steps their entry needs), dated again, so the match shows the path's courses.
 * Null when none of them closes a gap of this vacancy or the route opens no vacancy in reach.
 */
export function bridgeAlongRoute(s: ScoreState, slot: number, along: Plan): Bridge | null {
  const goal = vacancyGoal(s, slot);
  const plan = planAlong(s, goal, along);
  if (!plan) return null;
  const found = routeWith(s, { goal, vacancySlots: [slot], occupations: goal.occupations }, plan);
  return found ? withFit(s, slot, found) : null;
}

/**
 * "After" rescores the vacancy with every taught skill added at full weight (and related skills their partial
 * credit); only the skills evidence can change and it never falls when skills are added (the modulators stay),
 * so fitAfter >= fitNow. A bridge without a course that adds nothing ("47 -> 47, 0 weken": a BBL job whose
 * skills the person lacks and no course teaches) is no route to show: null. The BBL job stays a match of its own.
 */
function withFit(s: ScoreState, slot: number, found: { route: Route; plan: Plan | null }): Bridge | null {
  const minutes = minutesFor(s, distanceKm(s, slot));
  const fitNow = toPoints(s.evaluator.evaluate(slot, minutes, null));
  const fitAfter = toPoints(
    withExtraCredit(s.model, taughtSkills(s, found.plan), (extra) => s.evaluator.scoreWith(slot, minutes, extra)),
  );
  if (found.route.courses.length === 0 && fitAfter <= fitNow) return null;
  return { ...found.route, fitNow, fitAfter: Math.max(fitNow, fitAfter) };
}
