import type { Bridge, BridgeCourse, SkillRef } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { makeAdmitter, type CompiledFilter } from '../scoring/hard-filters.ts';
import { rankVacancies } from '../scoring/score.ts';
import { courseEligible, describeCourse, type CourseConstraints } from './bridges.ts';
import { costAfterFunding, availableFunding } from './funding.ts';
import { bridgeForVacancy, missingEssentials, vacancyConstraints } from './vacancy-bridge.ts';
import { opensVacancies } from './career-paths.ts';
import { skillRef } from '../scoring/labels.ts';
import { courseMatches as cfg } from '../weights.ts';

export interface CourseMatch extends BridgeCourse {
  /** Target skills covered per week of study (weighted by how often a skill is missing): the ranking. */
  value: number;
  /** Vacancies in the target set that this course alone opens (70 % of essential skills, see weights.ts). */
  opensVacancies: number;
}

export interface CourseMatches {
  target: 'vacancy' | 'occupation' | 'profile';
  missingSkills: SkillRef[];
  courses: CourseMatch[];
  /** For a vacancy: the greedy plan with fit now and after. */
  bridge: Bridge | null;
}

const noFilter: CompiledFilter = {
  sectorMask: -1,
  contractMask: -1,
  minHours: 0,
  garantiebaanOnly: false,
  occupations: null,
  requireText: false,
};

/**
 * Courses for a person, towards one of three targets: a vacancy (its missing essential skills, with
 * employer funding if it is a learn-work job), an occupation (its missing essential skills), or, with
 * neither, the person's best vacancy matches (skills weighted by how many of them miss it).
 */
export function matchCourses(
  s: ScoreState,
  target: { vacancySlot?: number; occupationIndex?: number },
  first: number,
): CourseMatches {
  const { model } = s;
  const cc = model.catalog.courses;
  const weights = new Map<number, number>();
  let vacancySlots: number[] = [];
  let constraints: CourseConstraints = {
    personLevel: s.profile.level,
    today: s.today,
    funding: availableFunding(s.profile.eligibleFunding, false),
    employerTrains: false,
  };
  let kind: CourseMatches['target'] = 'profile';
  if (target.vacancySlot !== undefined) {
    kind = 'vacancy';
    for (const k of missingEssentials(s, target.vacancySlot)) weights.set(k, 1);
    vacancySlots = [target.vacancySlot];
    constraints = vacancyConstraints(s, target.vacancySlot);
  } else if (target.occupationIndex !== undefined) {
    kind = 'occupation';
    for (const k of model.occupationEssentials[target.occupationIndex]!)
      if (!(s.person.weight[k]! > 0)) weights.set(k, 1);
    const v = model.catalog.vacancies;
    const admit = makeAdmitter(s, noFilter);
    for (let slot = 0; slot < v.highWater; slot++) {
      if (v.occupation[slot] === target.occupationIndex && admit(slot) >= 0) vacancySlots.push(slot);
    }
  } else {
    vacancySlots = rankVacancies(s, noFilter, cfg.profileTargetVacancies).top.map((t) => t.slot);
    for (const slot of vacancySlots)
      for (const k of missingEssentials(s, slot)) weights.set(k, (weights.get(k) ?? 0) + 1);
  }

  const candidates = new Set<number>();
  for (const k of weights.keys())
    for (const slot of cc.bySkill[k] ?? []) if (courseEligible(model, slot, constraints)) candidates.add(slot);
  const ranked = [...candidates]
    .map((slot) => {
      const covers = cc.skills.get(slot).filter((k) => weights.has(k));
      const value = covers.reduce((n, k) => n + weights.get(k)!, 0) / cc.weeks[slot]!;
      const cost = costAfterFunding(cc.price[slot]!, cc.funding[slot]!, constraints.funding).cost;
      return { slot, covers, value, cost };
    })
    .sort((a, b) => b.value - a.value || a.cost - b.cost || (cc.ids[a.slot]! < cc.ids[b.slot]! ? -1 : 1))
    .slice(0, Math.max(0, first));

  const mark = new Uint8Array(model.catalog.skills.size);
  const courses = ranked.map((r) => {
    for (const k of cc.skills.get(r.slot)) mark[k] = 1;
    const opens = opensVacancies(s, vacancySlots, mark);
    mark.fill(0);
    return {
      ...describeCourse(model, r.slot, r.covers, constraints),
      value: Math.round(r.value * 1000) / 1000,
      opensVacancies: opens,
    };
  });
  const missing = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || a - b);
  return {
    target: kind,
    missingSkills: missing.map((k) => skillRef(model, k)),
    courses,
    bridge: target.vacancySlot !== undefined ? bridgeForVacancy(s, target.vacancySlot) : null,
  };
}
