import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { BridgeCourse, SkillRef, VacancyMatch } from '../model/types.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import type { Names } from '../scoring/phrases.ts';
import { describeCourse, planCourses } from './bridges.ts';
import { careerPaths as cfg } from '../weights.ts';
import { skillRef } from '../scoring/labels.ts';
import { pathConstraints, pathVacancies } from './after-course.ts';
import { rankPaths } from './paths.ts';
import { toMatch } from './to-match.ts';

export interface PathCourse extends BridgeCourse {
  /** Vacancies of this occupation in reach that this course alone opens (see opensVacancies). */
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
  /** similarity x level x outlook x steering x demand, 0..1: what the list is ordered by. */
  rank: number;
  missingSkills: SkillRef[];
  courses: PathCourse[];
  /** Vacancies of this occupation in reach that are open to you after all the courses. */
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
 * How many of `slots` a set of extra skills opens: a vacancy is open to you when you hold at least
 * `openCoverage` (70 %) of its essential skills. Counted are those below that line now and on or above
 * it with the extra skills. Held means weight > 0 (named, or implied by an occupation you held).
 */
export function opensVacancies(
  s: ScoreState,
  slots: readonly number[],
  extra: Uint8Array,
  person: PersonVector = s.person,
): number {
  const ess = s.model.catalog.vacancies.essential;
  let opened = 0;
  for (const slot of slots) {
    const start = ess.start[slot]!;
    const len = ess.length[slot]!;
    if (len === 0) continue;
    let held = 0;
    let gained = 0;
    for (let k = start; k < start + len; k++) {
      const sk = ess.pool[k]!;
      if (person.weight[sk]! > 0) held++;
      else if (extra[sk] === 1) gained++;
    }
    if (held < cfg.openCoverage * len && held + gained >= cfg.openCoverage * len) opened++;
  }
  return opened;
}

/** Admitted vacancies of one occupation (slots), from a scan. */
function slotsOf(scan: Scan, occupation: number): number[] {
  return Array.from(scan.ofOccupation(occupation), (i) => scan.slots[i]!);
}

/**
 * Occupations to move to (routes/paths.ts ranks them like the matches), each with the missing
 * essential skills, the courses that open it, how many vacancies in reach each course opens, and the
 * best of those vacancies as matches.
 */
export function careerPaths(s: ScoreState, scan: Scan, first: number, names: Names): CareerPath[] {
  const { model, person } = s;
  const constraints = pathConstraints(s);
  const cc = model.catalog.courses;
  const mark = new Uint8Array(model.catalog.skills.size);
  return rankPaths(s, scan, first).map((p) => {
    const missing = model.occupationEssentials[p.index]!.filter((k) => !(person.weight[k]! > 0));
    const plan = planCourses(model, missing, constraints);
    const slots = slotsOf(scan, p.index);
    const courses = plan.slots.map((c, i) => {
      for (const k of cc.skills.get(c)) mark[k] = 1;
      const opens = opensVacancies(s, slots, mark);
      mark.fill(0);
      return { ...describeCourse(model, c, plan.teaches[i]!, constraints), opensVacancies: opens };
    });
    for (const c of plan.slots) for (const k of cc.skills.get(c)) mark[k] = 1;
    const afterAll = opensVacancies(s, slots, mark);
    mark.fill(0);
    const vacancies = pathVacancies(s, scan, p, cfg.vacancies, plan).map((x) =>
      toMatch(s, { slot: x.slot, key: x.key, fit: x.fit, bridge: x.bridge }, names, false),
    );
    return {
      occupationUri: p.occupation.uri,
      labelNl: p.occupation.labelNl,
      sector: p.occupation.sector,
      outlook: p.outlook,
      similarity: Math.round(p.similarity * 1000) / 1000,
      openVacancies: p.openVacancies,
      rank: Math.round(p.rank * 1000) / 1000,
      missingSkills: missing.map((k) => skillRef(model, k)),
      courses,
      opensVacanciesAfterAll: afterAll,
      totalWeeks: courses.reduce((n, c) => n + c.durationWeeks, 0),
      totalCost: courses.reduce((n, c) => n + c.costAfterFunding, 0),
      vacancies,
    };
  });
}
