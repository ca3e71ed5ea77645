import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { BridgeCourse, SkillRef } from '../model/types.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { makeAdmitter, type CompiledFilter } from '../scoring/hard-filters.ts';
import { describeCourse, planCourses, type CourseConstraints } from './bridges.ts';
import { availableFunding } from './funding.ts';
import { careerPaths as cfg, outlookValue } from '../weights.ts';
import { skillRef } from '../scoring/labels.ts';

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
  /** similarity x outlook x demand, 0..1: what the list is ordered by. */
  rank: number;
  missingSkills: SkillRef[];
  courses: PathCourse[];
  /** Vacancies of this occupation in reach that are open to you after all the courses. */
  opensVacanciesAfterAll: number;
  totalWeeks: number;
  totalCost: number;
}

const noFilter: CompiledFilter = {
  sectorMask: -1,
  contractMask: -1,
  minHours: 0,
  garantiebaanOnly: false,
  occupations: null,
  requireText: false,
};

/** Admitted vacancies (open, in reach, enough hours) grouped by occupation index. */
export function vacanciesInReachByOccupation(s: ScoreState): number[][] {
  const v = s.model.catalog.vacancies;
  const groups: number[][] = s.model.taxonomy.occupations.map(() => []);
  const admit = makeAdmitter(s, noFilter);
  for (let slot = 0; slot < v.highWater; slot++) {
    const occ = v.occupation[slot]!;
    if (occ < 0 || admit(slot) < 0) continue;
    groups[occ]!.push(slot);
  }
  return groups;
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

export function careerPaths(s: ScoreState, first: number): CareerPath[] {
  const { model, person } = s;
  const occupations = model.taxonomy.occupations;
  const byOccupation = vacanciesInReachByOccupation(s);
  const held = new Set(s.profile.occupations.map((o) => o.index));
  const ranked = occupations
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
    // Where you already work is not a move; an occupation without local openings is not a path here.
    .filter((p) => !held.has(p.j) && p.n > 0)
    .sort((a, b) => b.rank - a.rank || (a.o.uri < b.o.uri ? -1 : 1))
    .slice(0, Math.max(0, first));

  const constraints: CourseConstraints = {
    personLevel: s.profile.level,
    today: s.today,
    funding: availableFunding(s.profile.eligibleFunding, false),
    employerTrains: false,
  };
  const cc = model.catalog.courses;
  const mark = new Uint8Array(model.catalog.skills.size);
  return ranked.map((p) => {
    const missing = model.occupationEssentials[p.j]!.filter((k) => !(person.weight[k]! > 0));
    const plan = planCourses(model, missing, constraints);
    const slots = byOccupation[p.j]!;
    const courses = plan.slots.map((c, i) => {
      for (const k of cc.skills.get(c)) mark[k] = 1;
      const opens = opensVacancies(s, slots, mark);
      mark.fill(0);
      return { ...describeCourse(model, c, plan.teaches[i]!, constraints), opensVacancies: opens };
    });
    for (const c of plan.slots) for (const k of cc.skills.get(c)) mark[k] = 1;
    const afterAll = opensVacancies(s, slots, mark);
    mark.fill(0);
    return {
      occupationUri: p.o.uri,
      labelNl: p.o.labelNl,
      sector: p.o.sector,
      outlook: p.outlook,
      similarity: Math.round(p.similarity * 1000) / 1000,
      openVacancies: p.n,
      rank: Math.round(p.rank * 1000) / 1000,
      missingSkills: missing.map((k) => skillRef(model, k)),
      courses,
      opensVacanciesAfterAll: afterAll,
      totalWeeks: courses.reduce((n, c) => n + c.durationWeeks, 0),
      totalCost: courses.reduce((n, c) => n + c.costAfterFunding, 0),
    };
  });
}
