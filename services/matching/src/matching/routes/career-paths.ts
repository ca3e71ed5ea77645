import type { Outlook } from '@werkbrug/shared/schemas/common';
import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { BridgeCourse, Route, SkillRef, VacancyMatch } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import type { Names } from '../scoring/phrases.ts';
import { careerPaths as cfg } from '../weights.ts';
import { skillRef } from '../scoring/labels.ts';
import { routeFor } from './bridges.ts';
import { openNow, openTo } from './in-reach.ts';
import { learnerOf, take } from './learner.ts';
import { pathVacancies } from './after-course.ts';
import { lowestLevel, pathsWithWayIn, type FoundRoute } from './path-route.ts';
import { toMatch } from './to-match.ts';

export interface PathCourse extends BridgeCourse {
  /** Vacancies of this occupation in reach that are open to you once this step (and those before it) is done. */
  opensVacancies: number;
}

export interface CareerPath {
  occupationUri: string;
  labelNl: string;
  sector: SectorKey;
  outlook: Outlook;
  /** 0..1: the evidence you bring to this occupation (skills, experience, a wish). */
  similarity: number;
  /** Open vacancies for this occupation within your travel time and hours. */
  openVacancies: number;
  /** Of those, the ones open to you now (enough of their skills, their certificates, the level). */
  openToYouNow: number;
  /** similarity x level x outlook x steering x demand, 0..1: what the list is ordered by. */
  rank: number;
  missingSkills: SkillRef[];
  /** The route into this occupation (the same plans as a match's bridge); null when none is needed or found. */
  route: Route | null;
  /** The route's steps, each with what it opens. */
  courses: PathCourse[];
  /** Vacancies of this occupation in reach that are open to you after the whole route. */
  opensVacanciesAfterAll: number;
  totalWeeks: number;
  totalCost: number;
  /**
   * The best vacancies of this occupation in reach, now or after the route: the same matches, with
   * the same scores and bridges, that matchVacancies ranks for it.
   */
  vacancies: VacancyMatch[];
}

/**
 * Occupations to move to, ranked like the matches (routes/paths.ts), each with the route that opens its
 * vacancies (path-route.ts), what each step opens, and the best of those vacancies as matches. An occupation is
 * listed only when there is a way in: vacancies open to you now, or a route that opens at least one. Where you
 * already work is not a move.
 */
export function careerPaths(s: ScoreState, scan: Scan, first: number, names: Names): CareerPath[] {
  const { model } = s;
  return pathsWithWayIn(s, scan, first, { evenWithoutEvidence: true }).map(
    ({ candidate: p, slots, missing, openToYouNow, found }) => {
      const route = found ?? learnWorkRoute(s, p.index, slots, missing);
      const courses = stepsWithOpens(s, route, slots);
      const vacancies = pathVacancies(s, scan, p, found, cfg.vacancies).map((x) =>
        toMatch(s, { slot: x.slot, key: x.key, fit: x.fit, bridge: x.bridge }, names, false),
      );
      return {
        occupationUri: p.occupation.uri,
        labelNl: p.occupation.labelNl,
        sector: p.occupation.sector,
        outlook: p.outlook,
        similarity: Math.round(p.similarity * 1000) / 1000,
        openVacancies: p.openVacancies,
        openToYouNow,
        rank: Math.round(p.rank * 1000) / 1000,
        missingSkills: missing.map((k) => skillRef(model, k)),
        route: route?.route ?? null,
        courses,
        opensVacanciesAfterAll: route?.opened.length ?? 0,
        totalWeeks: route?.route.totalWeeks ?? 0,
        totalCost: route?.route.totalCost ?? 0,
        vacancies,
      };
    },
  );
}

const bbl = contractTypes.indexOf('bbl');

/**
 * A BBL job of the occupation open to you now is a way in as a match's bridge has it: leren en werken tegelijk
 * (the same learn-work route, with the school part as a step when the employer pays it). Null without one.
 */
function learnWorkRoute(s: ScoreState, j: number, slots: readonly number[], missing: number[]): FoundRoute | null {
  const v = s.model.catalog.vacancies;
  const jobs = slots.filter((slot) => v.contract[slot] === bbl && openNow(s, slot));
  if (jobs.length === 0) return null;
  return routeFor(s, {
    goal: {
      skills: missing,
      certificates: [],
      level: lowestLevel(s, jobs),
      employerTrains: true,
      occupations: [j],
      alongsideWork: true,
    },
    vacancySlots: jobs,
    occupations: [j],
    learnWork: true,
    stepOccupations: false,
  });
}

/**
 * Each step with the vacancies of the occupation it has opened by the time it is done. Only the vacancies the
 * whole route opens can be opened earlier, so only those are looked at again.
 */
function stepsWithOpens(s: ScoreState, found: FoundRoute | null, slots: readonly number[]): PathCourse[] {
  if (!found?.plan) return [];
  const { plan, route, opened } = found;
  const inPath = new Set(slots);
  const learner = learnerOf(s);
  return route.courses.map((c, i) => {
    take(s, learner, plan.steps[i]!.slot);
    if (i === route.courses.length - 1) return { ...c, opensVacancies: opened.length };
    const after = {
      person: s.person,
      taught: learner.taught,
      certificates: learner.certificates,
      level: learner.level,
    };
    return { ...c, opensVacancies: opened.filter((slot) => inPath.has(slot) && openTo(s, slot, after)).length };
  });
}
