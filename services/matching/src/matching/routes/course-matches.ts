import type { BridgeCourse, SkillRef } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import { makeAdmitter, type CompiledFilter } from '../scoring/hard-filters.ts';
import { rankVacancies } from '../scoring/score.ts';
import { skillRef } from '../scoring/labels.ts';
import { courseMatches as cfg } from '../weights.ts';
import { fundPlan } from '@werkbrug/shared/courses/funding-rules';
import { fundingStepOf } from './funding.ts';
import { countOpened, inReach } from './in-reach.ts';
import { canStart, learnerOf, take } from './learner.ts';
import { candidatePool, isoOf, type PoolGoal } from './course-pool.ts';
import { bridgeForVacancy, missingEssentials, vacancyGoal } from './vacancy-bridge.ts';
import type { Bridge } from '../model/types.ts';

export interface CourseMatch extends BridgeCourse {
  /** Target skills covered per week of study (weighted by how often a skill is missing): the ranking. */
  value: number;
  /** Vacancies in the target set that this course alone opens. */
  opensVacancies: number;
}

/**
 * Courses for one target, each on its own: alternatives, never added up. The bridge (for a vacancy) is the
 * plan of courses to take one after the other.
 */
export interface CourseMatches {
  target: 'vacancy' | 'occupation' | 'profile';
  missingSkills: SkillRef[];
  courses: CourseMatch[];
  /** For a vacancy: the route with fit now and after (null when it fits now or nothing opens it). */
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
 * Courses for a person, towards one of three targets: a vacancy (its missing essential skills and certificates,
 * with employer funding if it is a learn-work job), an occupation (its missing essential skills), or, with
 * neither, the person's best vacancy matches (skills weighted by how many of them miss it). Only courses the
 * person can start now (entry requirements met), each offered course once (the first place in reach).
 */
export function matchCourses(
  s: ScoreState,
  target: { vacancySlot?: number; occupationIndex?: number },
  first: number,
): CourseMatches {
  const { model } = s;
  const cc = model.catalog.courses;
  const weights = new Map<number, number>();
  let certificates: readonly string[] = [];
  let vacancySlots: number[] = [];
  let goal: PoolGoal = {
    employerTrains: false,
    occupations: [],
    alongsideWork: false,
  };
  let kind: CourseMatches['target'] = 'profile';
  if (target.vacancySlot !== undefined) {
    kind = 'vacancy';
    const g = vacancyGoal(s, target.vacancySlot);
    for (const k of g.skills) weights.set(k, 1);
    certificates = g.certificates;
    vacancySlots = [target.vacancySlot];
    goal = g;
  } else if (target.occupationIndex !== undefined) {
    kind = 'occupation';
    for (const k of model.occupationEssentials[target.occupationIndex]!)
      if (!(s.person.weight[k]! > 0)) weights.set(k, 1);
    vacancySlots = [...(inReach(s).byOccupation[target.occupationIndex] ?? [])];
    goal = { employerTrains: false, occupations: [target.occupationIndex], alongsideWork: false };
  } else {
    const admit = makeAdmitter(s, noFilter);
    vacancySlots = rankVacancies(s, noFilter, cfg.profileTargetVacancies)
      .top.map((t) => t.slot)
      .filter((slot) => admit(slot) >= 0);
    for (const slot of vacancySlots)
      for (const k of missingEssentials(s, slot)) weights.set(k, (weights.get(k) ?? 0) + 1);
  }

  const learner = learnerOf(s);
  const ranked: { slot: number; covers: number[]; certs: string[]; value: number }[] = [];
  for (const slot of candidatePool(s, goal, [...weights.keys()], certificates, false)) {
    const doc = cc.docs[slot]!;
    if (!canStart(s, slot, learner)) continue;
    const covers = cc.skills.get(slot).filter((k) => weights.has(k));
    const certs = doc.givesCertificates.filter((c) => certificates.includes(c));
    const gain = covers.reduce((n, k) => n + weights.get(k)!, 0) + certs.length;
    ranked.push({ slot, covers, certs, value: gain / cc.weeks[slot]! });
  }
  ranked.sort((a, b) => b.value - a.value || (cc.ids[a.slot]! < cc.ids[b.slot]! ? -1 : 1));

  const courses = ranked.slice(0, Math.max(0, first)).map((r): CourseMatch => {
    const course = cc.docs[r.slot]!;
    const startDate = isoOf(cc.starts[r.slot]!.find((d) => d >= s.today)!);
    const [money] = fundPlan(model.fundingSchemes(), s.profile.route.situations, [
      fundingStepOf(s, course, startDate, goal),
    ]);
    const after = learnerOf(s);
    take(s, after, r.slot);
    const opens = countOpened(s, [vacancySlots], {
      person: s.person,
      taught: after.taught,
      certificates: after.certificates,
      level: after.level,
    });
    return {
      courseId: course.id,
      course,
      teaches: r.covers.map((k) => skillRef(model, k)),
      certificates: r.certs,
      durationWeeks: course.durationWeeks,
      startDate,
      endDate: isoOf(dayOf(startDate) + course.durationWeeks * 7),
      price: course.price,
      costAfterFunding: money!.cost,
      funding: money!.grant,
      otherFunding: money!.other,
      checkWithAdviser: money!.checkWithAdviser,
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

function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
