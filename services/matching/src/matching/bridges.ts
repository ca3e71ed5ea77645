import type { Model } from './model.ts';
import type { BridgeCourse } from './types.ts';
import { costAfterFunding, isFundable } from './funding.ts';
import { bridges as cfg } from './weights.ts';
import { skillRef } from './labels.ts';
import { dayNumber } from './days.ts';

export interface CourseConstraints {
  personLevel: number;
  today: number;
  /** Funding bitmask from availableFunding(). */
  funding: number;
}

export interface CoursePlan {
  slots: number[];
  /** Per chosen course, the target skills it covers (in the order courses were chosen). */
  teaches: number[][];
  uncovered: number[];
}

/** Whether a course may be proposed: open, a start date to come, level within reach, fundable. */
export function courseEligible(model: Model, slot: number, c: CourseConstraints): boolean {
  const cc = model.catalog.courses;
  return (
    cc.alive[slot] === 1 &&
    cc.lastStart[slot]! >= c.today &&
    cc.level[slot]! <= c.personLevel + cfg.maxLevelAbovePerson &&
    isFundable(cc.price[slot]!, cc.funding[slot]!, c.funding)
  );
}

/**
 * Greedy set cover: repeatedly take the eligible course that teaches the most still-missing skills
 * per week of study (ties: cheaper for the person, then course id), until nothing is missing, no course
 * helps, or the plan has `maxCourses` courses. Every chosen course covers at least one target skill.
 */
export function planCourses(model: Model, targets: readonly number[], c: CourseConstraints, maxCourses: number = cfg.maxCourses): CoursePlan {
  const cc = model.catalog.courses;
  const remaining = new Set(targets);
  const candidates = new Set<number>();
  for (const s of remaining) for (const slot of cc.bySkill[s] ?? []) if (courseEligible(model, slot, c)) candidates.add(slot);
  const plan: CoursePlan = { slots: [], teaches: [], uncovered: [] };
  while (remaining.size > 0 && plan.slots.length < maxCourses) {
    let best = -1;
    let bestRatio = 0;
    let bestCost = 0;
    let bestCovers: number[] = [];
    for (const slot of candidates) {
      const covers = cc.skills.get(slot).filter((s) => remaining.has(s));
      if (covers.length === 0) continue;
      const ratio = covers.length / cc.weeks[slot]!;
      const cost = costAfterFunding(cc.price[slot]!, cc.funding[slot]!, c.funding).cost;
      const better =
        best < 0 ||
        ratio > bestRatio ||
        (ratio === bestRatio && (cost < bestCost || (cost === bestCost && cc.ids[slot]! < cc.ids[best]!)));
      if (better) [best, bestRatio, bestCost, bestCovers] = [slot, ratio, cost, covers];
    }
    if (best < 0) break;
    plan.slots.push(best);
    plan.teaches.push(bestCovers);
    candidates.delete(best);
    for (const s of bestCovers) remaining.delete(s);
  }
  plan.uncovered = targets.filter((s) => remaining.has(s));
  return plan;
}

export function describeCourse(model: Model, slot: number, teaches: readonly number[], c: CourseConstraints): BridgeCourse {
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
