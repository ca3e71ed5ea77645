import { diversity as cfg } from '../weights.ts';

export interface Ranked {
  slot: number;
  /** What the list is ordered by (higher first). */
  key: number;
  /** Occupation index, -1 when unknown (never capped). */
  occupation: number;
  id: string;
  /** Fits after a course: at most `afterCourseInBlock` of them in the first block. */
  afterCourse?: boolean;
}

export interface Diversified<T extends Ranked> {
  list: T[];
  /** Per occupation in the first block: how many it shows there, and the last of them. */
  shown: Map<number, { count: number; last: T }>;
}

/**
 * No more than `perOccupation` vacancies of one occupation in the first `block` places: ten forklift
 * vacancies in a row tell a person less than three and "meer van dit soort". Likewise no more than
 * `afterCourseInBlock` that fit only after a course, so work the person can start now is not crowded out. The ones held back move
 * down, right after the first block, in their own order, so a list longer than the block still holds
 * every match; a list of at most one block ends early rather than break the rule. Not applied when
 * the person asked for these occupations (a filter): `capped` false.
 */
export function diversify<T extends Ranked>(candidates: readonly T[], first: number, capped = true): Diversified<T> {
  const sorted = [...candidates].sort((a, b) => b.key - a.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shown = new Map<number, { count: number; last: T }>();
  if (!capped) return { list: sorted.slice(0, first), shown };
  const block = Math.min(cfg.block, first);
  const head: T[] = [];
  const held: T[] = [];
  let i = 0;
  let afterCourse = 0;
  for (; i < sorted.length && head.length < block; i++) {
    const c = sorted[i]!;
    const s = c.occupation < 0 ? undefined : shown.get(c.occupation);
    if ((s && s.count >= cfg.perOccupation) || (c.afterCourse && afterCourse >= cfg.afterCourseInBlock)) {
      held.push(c);
      continue;
    }
    if (c.occupation >= 0) shown.set(c.occupation, { count: (s?.count ?? 0) + 1, last: c });
    if (c.afterCourse) afterCourse++;
    head.push(c);
  }
  // Too few other occupations to fill the first places: a short list of up to ten keeps the rule
  // (the rest stay one click away, "meer van dit soort"); a longer one continues with them.
  if (head.length < block && first <= cfg.block) return { list: head, shown };
  return { list: [...head, ...held, ...sorted.slice(i)].slice(0, first), shown };
}
