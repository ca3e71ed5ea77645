import type { Outlook } from '@werkbrug/shared/schemas/common';
import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { BridgeCourse, Route, SkillRef } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { careerPaths as cfg, outlookValue } from '../weights.ts';
import { skillRef } from '../scoring/labels.ts';
import { routeFor } from './bridges.ts';
import { inReach, openNow, openTo } from './in-reach.ts';
import { learnerOf, take } from './learner.ts';

export interface PathCourse extends BridgeCourse {
  /** Vacancies of this occupation in reach that are open to you once this step (and those before it) is done. */
  opensVacancies: number;
}

export interface CareerPath {
  occupationUri: string;
  labelNl: string;
  sector: SectorKey;
  outlook: Outlook;
  /** 0..1: how close your skills and past occupations are to this occupation. */
  similarity: number;
  /** Open vacancies for this occupation within your travel time and hours. */
  openVacancies: number;
  /** Of those, the ones open to you now (enough of their skills, their certificates, the level). */
  openToYouNow: number;
  /** similarity x outlook x demand, 0..1: what the list is ordered by. */
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
}

/** Admitted vacancies (open, in reach, enough hours) grouped by occupation index. */
export function vacanciesInReachByOccupation(s: ScoreState): readonly (readonly number[])[] {
  return inReach(s).byOccupation;
}

/** How far down the ranked occupations to look for paths that have a way in. */
const lookFurther = 3;

/**
 * Occupations a person could move to, ranked by similarity x outlook x demand, each with the route that opens
 * its vacancies. An occupation is listed only when there is a way in: vacancies open to you now, or a route
 * that opens at least one. Where you already work is not a move.
 */
export function careerPaths(s: ScoreState, first: number): CareerPath[] {
  const { model, person } = s;
  const byOccupation = vacanciesInReachByOccupation(s);
  const held = new Set(s.profile.occupations.map((o) => o.index));
  const ranked = model.taxonomy.occupations
    .map((o, j) => {
      const essentials = model.occupationEssentials[j]!;
      const coverage =
        essentials.length > 0 ? essentials.reduce((n, k) => n + person.credit[k]!, 0) / essentials.length : 0;
      const similarity = Math.max(person.transitionRow?.[j] ?? 0, coverage);
      const outlook = model.taxonomy.sectorByKey.get(o.sector)?.outlook ?? 'stable';
      const n = byOccupation[j]!.length;
      const demand = Math.min(1, Math.log1p(n) / Math.log1p(cfg.demandSaturation));
      return { j, o, similarity, outlook, n, rank: similarity * outlookValue[outlook] * demand };
    })
    .filter((p) => !held.has(p.j) && p.n > 0)
    .sort((a, b) => b.rank - a.rank || (a.o.uri < b.o.uri ? -1 : 1))
    .slice(0, Math.max(0, first) * lookFurther);

  const paths: CareerPath[] = [];
  for (const p of ranked) {
    if (paths.length >= first) break;
    const slots = byOccupation[p.j]!;
    const missing = model.occupationEssentials[p.j]!.filter((k) => !(person.weight[k]! > 0));
    const openToYouNow = slots.filter((slot) => openNow(s, slot)).length;
    const found =
      openToYouNow === slots.length
        ? null
        : routeFor(s, {
            // The level of the easiest way in: the lowest any vacancy of the occupation in reach asks.
            goal: {
              skills: missing,
              certificates: [],
              level: lowestLevel(s, slots),
              employerTrains: false,
              occupations: [p.j],
              alongsideWork: false,
            },
            occupations: [p.j],
            // A path is about this occupation: the vacancies it opens are this occupation's.
            stepOccupations: false,
          });
    if (openToYouNow === 0 && !found) continue;
    const route = found ?? learnWorkRoute(s, p.j, slots, missing);
    const courses = stepsWithOpens(s, route, slots);
    paths.push({
      occupationUri: p.o.uri,
      labelNl: p.o.labelNl,
      sector: p.o.sector,
      outlook: p.outlook,
      similarity: Math.round(p.similarity * 1000) / 1000,
      openVacancies: p.n,
      openToYouNow,
      rank: Math.round(p.rank * 1000) / 1000,
      missingSkills: missing.map((k) => skillRef(model, k)),
      route: route?.route ?? null,
      courses,
      opensVacanciesAfterAll: route?.opened.length ?? 0,
      totalWeeks: route?.route.totalWeeks ?? 0,
      totalCost: route?.route.totalCost ?? 0,
    });
  }
  return paths;
}

const bbl = contractTypes.indexOf('bbl');

/**
 * A BBL job of the occupation open to you now is a way in as a match's bridge has it: leren en werken tegelijk
 * (the same learn-work route, with the school part as a step when the employer pays it). Null without one.
 */
function learnWorkRoute(s: ScoreState, j: number, slots: readonly number[], missing: number[]) {
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
function stepsWithOpens(s: ScoreState, found: ReturnType<typeof routeFor>, slots: readonly number[]): PathCourse[] {
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

function lowestLevel(s: ScoreState, slots: readonly number[]): number | null {
  let level: number | null = null;
  for (const slot of slots) level = Math.min(level ?? 99, s.model.catalog.vacancies.level[slot]!);
  return level;
}
