import { certificatesToHold } from '@werkbrug/shared/schemas/certificate';
import type { Bridge } from '../model/types.ts';
import { buildPerson } from '../profile/person.ts';
import { distanceKm, minutesFor, withPerson, type ScoreState } from '../scoring/score-state.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { routeFor, taughtSkills } from './bridges.ts';
import type { RouteGoal } from './plan.ts';
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
 * plan opens a vacancy in reach. "After" rescores the vacancy with every taught skill added at full weight; only
 * the skills component can change and it never falls when skills are added, so fitAfter >= fitNow.
 */
export function bridgeForVacancy(s: ScoreState, slot: number): Bridge | null {
  const { model } = s;
  const v = model.catalog.vacancies;
  const learnWork = v.docs[slot]?.contractType === 'bbl';
  if (!learnWork && openNow(s, slot)) return null;
  const found = routeFor(s, {
    goal: vacancyGoal(s, slot),
    vacancySlots: [slot],
    occupations: v.occupation[slot]! >= 0 ? [v.occupation[slot]!] : [],
    learnWork,
  });
  if (!found) return null;
  const minutes = minutesFor(s, distanceKm(s, slot));
  const fitNow = toPoints(s.evaluator.evaluate(slot, minutes, null));
  const after = withPerson(s, buildPerson(model, s.profile, taughtSkills(s, found.plan)));
  const fitAfter = toPoints(after.evaluator.evaluate(slot, minutes, null));
  return { ...found.route, fitNow, fitAfter: Math.max(fitNow, fitAfter) };
}
