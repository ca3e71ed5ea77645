import type { Course } from '@werkbrug/shared/schemas/course';
import type { ScoreState } from '../scoring/score-state.ts';
import { courseFlags } from '../model/course-columns.ts';
import { bridges as cfg } from '../weights.ts';
import { dutchRank } from './route-facts.ts';

/** Where someone stands at a point of a route: what they were taught on the way, certificates, level, Dutch. */
export interface Learner {
  taught: Uint8Array;
  certificates: Set<string>;
  level: number;
  /** Dutch as a rank (route-facts.ts); null when unknown. */
  dutch: number | null;
}

/** The certificates that show a Dutch level: NT2 programme I (B1) and II (B2). */
export const dutchCertificates: readonly (readonly [string, number])[] = [
  ['nt2-b1', 3],
  ['nt2-b2', 4],
];

export function learnerOf(s: ScoreState): Learner {
  return {
    taught: new Uint8Array(s.model.catalog.skills.size),
    certificates: new Set(s.profile.route.certificates),
    level: s.profile.level,
    dutch: s.profile.route.dutch,
  };
}

export function holds(s: ScoreState, l: Learner, skill: number): boolean {
  return s.person.weight[skill]! > 0 || l.taught[skill] === 1;
}

/**
 * The entry requirements a course leaves open for this learner. A level is asked as `entry.minNlqf`; a course
 * that asks none may still be at most `levelAboveWithoutEntry` above the learner. Unknown Dutch is not a gap.
 */
export function entryGaps(
  course: Course,
  l: Learner,
): { levelOk: boolean; certificates: string[]; dutch: number | null } {
  const { minNlqf, dutchLevel, certificates } = course.entry;
  const levelOk = minNlqf !== null ? l.level >= minNlqf : course.nlqfLevel <= l.level + cfg.levelAboveWithoutEntry;
  const needDutch = dutchLevel === null ? null : dutchRank(dutchLevel);
  return {
    levelOk,
    certificates: certificates.filter((c) => !l.certificates.has(c)),
    dutch: needDutch !== null && l.dutch !== null && l.dutch < needDutch ? needDutch : null,
  };
}

export function canStart(course: Course, l: Learner): boolean {
  const gaps = entryGaps(course, l);
  return gaps.levelOk && gaps.certificates.length === 0 && gaps.dutch === null;
}

/** The learner after a course: its skills, its certificates, its Dutch level, and its level if it is a diploma. */
export function take(s: ScoreState, l: Learner, slot: number): void {
  const cc = s.model.catalog.courses;
  const course = cc.docs[slot]!;
  const start = cc.skills.start[slot]!;
  for (let i = start; i < start + cc.skills.length[slot]!; i++) l.taught[cc.skills.pool[i]!] = 1;
  for (const c of course.givesCertificates) l.certificates.add(c);
  for (const [key, rank] of dutchCertificates)
    if ((course.givesCertificates as readonly string[]).includes(key)) l.dutch = Math.max(l.dutch ?? 0, rank);
  if ((cc.flags[slot]! & courseFlags.qualifying) !== 0) l.level = Math.max(l.level, cc.level[slot]!);
}
