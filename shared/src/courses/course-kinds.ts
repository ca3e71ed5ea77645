import { z } from 'zod';
import kindsJson from '../data/course-kinds.json' with { type: 'json' };
import { courseKind, type CourseKind } from '../schemas/course.ts';

/**
 * The documented duration range of each kind of course (shared/curation/courses/course-kinds.tsv), and for MBO
 * programmes per level (mbo-level-durations.tsv). Imports and the catalogue are checked against these ranges,
 * so "bricklayer in three weeks" or "home care in 124 weeks" cannot enter the product.
 */
export const courseKindInfoSchema = z.object({
  kind: courseKind,
  nameNl: z.string(),
  nameEn: z.string(),
  weeksMin: z.number().int().min(1),
  weeksMax: z.number().int().min(1),
  hoursPerWeekTypical: z.number().int().min(1),
  descriptionNl: z.string(),
  basis: z.string(),
  /** Stricter ranges per NLQF level (MBO), as [min, max] weeks. */
  byLevel: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
});
export type CourseKindInfo = z.infer<typeof courseKindInfoSchema>;

export const courseKindInfo: readonly CourseKindInfo[] = kindsJson as CourseKindInfo[];
const byKind = new Map(courseKindInfo.map((k) => [k.kind, k]));

export function kindInfo(kind: CourseKind): CourseKindInfo {
  const info = byKind.get(kind);
  if (!info) throw new Error(`No duration range for course kind ${kind}`);
  return info;
}

/** The documented range in weeks for a kind at a level (the level's range where one is documented). */
export function durationRange(kind: CourseKind, nlqfLevel: number): { min: number; max: number } {
  const info = kindInfo(kind);
  const level = info.byLevel[String(nlqfLevel)];
  return level ? { min: level[0], max: level[1] } : { min: info.weeksMin, max: info.weeksMax };
}

/** Null when the duration fits its kind; otherwise the problem in plain Dutch. */
export function durationProblem(kind: CourseKind, nlqfLevel: number, weeks: number): string | null {
  const { min, max } = durationRange(kind, nlqfLevel);
  if (weeks >= min && weeks <= max) return null;
  return `Een ${kindInfo(kind).nameNl.toLowerCase()} duurt ${min} tot ${max} weken; ${weeks} weken past daar niet bij.`;
}
