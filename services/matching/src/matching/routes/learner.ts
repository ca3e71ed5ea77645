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
  /** The ISCO-08 unit groups of the occupations the person has worked in: what an EVC route can recognise. */
  experience: ReadonlySet<string>;
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
    experience: experienceOf(s),
  };
}

// The same for every learner of a request: found once.
const experienceCache = new WeakMap<ScoreState, ReadonlySet<string>>();
function experienceOf(s: ScoreState): ReadonlySet<string> {
  let out = experienceCache.get(s);
  if (!out) {
    const list = s.model.taxonomy.occupations;
    out = new Set(s.profile.occupations.filter((o) => o.years > 0).map((o) => list[o.index]!.isco08));
    experienceCache.set(s, out);
  }
  return out;
}

/** Whether the learner has worked in one of the course's occupations (or one of their ISCO-08 unit group). */
function experienced(s: ScoreState, slot: number, l: Learner): boolean {
  const list = s.model.taxonomy.occupations;
  return s.model.catalog.courses.occupations.get(slot).some((o) => l.experience.has(list[o]!.isco08));
}

export function holds(s: ScoreState, l: Learner, skill: number): boolean {
  return s.person.weight[skill]! > 0 || l.taught[skill] === 1;
}

/**
 * The entry requirements a course leaves open for this learner. A level is asked as `entry.minNlqf`; a course
 * that asks none may still be at most `levelAboveWithoutEntry` above the learner. Unknown Dutch is not a gap.
 * Experience a course asks (an EVC route) cannot be gained by another course: without it the level is not met.
 */
export function entryGaps(
  s: ScoreState,
  slot: number,
  l: Learner,
): { levelOk: boolean; certificates: string[]; dutch: number | null } {
  const course = s.model.catalog.courses.docs[slot]!;
  const { minNlqf, dutchLevel, certificates } = course.entry;
  const levelOk =
    (minNlqf !== null ? l.level >= minNlqf : course.nlqfLevel <= l.level + cfg.levelAboveWithoutEntry) &&
    (course.entry.experience !== true || experienced(s, slot, l));
  const needDutch = dutchLevel === null ? null : dutchRank(dutchLevel);
  return {
    levelOk,
    certificates: certificates.filter((c) => !l.certificates.has(c)),
    dutch: needDutch !== null && l.dutch !== null && l.dutch < needDutch ? needDutch : null,
  };
}

export function canStart(s: ScoreState, slot: number, l: Learner): boolean {
  const gaps = entryGaps(s, slot, l);
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
