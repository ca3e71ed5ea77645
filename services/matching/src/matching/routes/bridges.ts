import type { Model } from '../model/model.ts';
import type { BridgeCourse } from '../model/types.ts';
import { costAfterFunding, isFundable } from './funding.ts';
import { bridges as cfg } from '../weights.ts';
import { skillRef } from '../scoring/labels.ts';
import { dayNumber } from '../model/days.ts';

export interface CourseConstraints {
  personLevel: number;
  today: number;
  /** Funding bitmask from availableFunding(). */
  funding: number;
  /** The target is a vacancy whose employer trains (BBL or training offered): BBL courses may be used. */
  employerTrains: boolean;
}

export interface CoursePlan {
  slots: number[];
  /** Per chosen course, the target skills it covers (in the order courses were chosen). */
  teaches: number[][];
  uncovered: number[];
}

/**
 * Whether a course may be proposed: open, a start date to come, level within reach, fundable, and a
 * BBL course only towards a vacancy whose employer trains (BBL is learning on that employer's job).
 */
export function courseEligible(model: Model, slot: number, c: CourseConstraints): boolean {
  const cc = model.catalog.courses;
  return (
    cc.alive[slot] === 1 &&
    cc.lastStart[slot]! >= c.today &&
    cc.level[slot]! <= c.personLevel + cfg.maxLevelAbovePerson &&
    (cc.bbl[slot] === 0 || c.employerTrains) &&
    isFundable(cc.price[slot]!, cc.funding[slot]!, c.funding)
  );
}

/**
 * Greedy set cover: repeatedly take the eligible course that teaches the most still-missing skills
 * per week of study (ties: cheaper for the person, then course id), until nothing is missing, no course
 * helps enough (bridges.minSkillsPerWeek), or the plan has `maxCourses` courses. Every chosen course
 * covers at least one target skill.
 */
export function planCourses(
  model: Model,
  targets: readonly number[],
  c: CourseConstraints,
  maxCourses: number = cfg.maxCourses,
): CoursePlan {
  const cc = model.catalog.courses;
  // Marks over skill and course indices instead of Sets: this runs for every match shown.
  const remaining = new Uint8Array(model.catalog.skills.size);
  for (const s of targets) remaining[s] = 1;
  const seen = new Uint8Array(cc.highWater);
  const candidates: number[] = [];
  for (const s of targets) {
    const teaching = cc.bySkill[s];
    if (!teaching) continue;
    for (const slot of teaching) {
      if (seen[slot] === 1) continue;
      seen[slot] = 1;
      if (courseEligible(model, slot, c)) candidates.push(slot);
    }
  }
  const costs = candidates.map((slot) => costAfterFunding(cc.price[slot]!, cc.funding[slot]!, c.funding).cost);
  const plan: CoursePlan = { slots: [], teaches: [], uncovered: [] };
  let left = new Set(targets).size;
  while (left > 0 && plan.slots.length < maxCourses) {
    let best = -1;
    let bestRatio = 0;
    let bestCost = 0;
    const pool = cc.skills.pool;
    for (let i = 0; i < candidates.length; i++) {
      const slot = candidates[i]!;
      if (slot < 0) continue;
      let covers = 0;
      const start = cc.skills.start[slot]!;
      for (let k = start; k < start + cc.skills.length[slot]!; k++) covers += remaining[pool[k]!]!;
      const ratio = covers / cc.weeks[slot]!;
      // Two years of study for one skill is not a bridge: require a minimum yield per week.
      if (covers === 0 || ratio < cfg.minSkillsPerWeek) continue;
      const cost = costs[i]!;
      const better =
        best < 0 ||
        ratio > bestRatio ||
        (ratio === bestRatio && (cost < bestCost || (cost === bestCost && cc.ids[slot]! < cc.ids[candidates[best]!]!)));
      if (better) [best, bestRatio, bestCost] = [i, ratio, cost];
    }
    if (best < 0) break;
    const slot = candidates[best]!;
    candidates[best] = -1;
    const covers = cc.skills.get(slot).filter((s) => remaining[s] === 1);
    for (const s of covers) remaining[s] = 0;
    left -= covers.length;
    plan.slots.push(slot);
    plan.teaches.push(covers);
  }
  plan.uncovered = targets.filter((s) => remaining[s] === 1);
  return plan;
}

export function describeCourse(
  model: Model,
  slot: number,
  teaches: readonly number[],
  c: CourseConstraints,
): BridgeCourse {
  const cc = model.catalog.courses;
  const course = cc.docs[slot]!;
  const { cost, scheme } = costAfterFunding(cc.price[slot]!, cc.funding[slot]!, c.funding);
  const startDate = [...course.startDates].sort().find((d) => dayNumber(d) >= c.today) ?? course.startDates[0] ?? '';
  return {
    courseId: course.id,
    course,
    teaches: teaches.map((s) => skillRef(model, s)),
    durationWeeks: course.durationWeeks,
    startDate,
    price: course.price,
    costAfterFunding: cost,
    funding: scheme,
  };
}

/** All skills taught by the planned courses: "fit after" adds them all, not only the missing ones. */
export function taughtSkills(model: Model, slots: readonly number[]): number[] {
  return [...new Set(slots.flatMap((slot) => model.catalog.courses.skills.get(slot)))];
}
