import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import { routeFor } from './bridges.ts';
import { inReach, openNow } from './in-reach.ts';
import { rankPaths, type PathCandidate } from './paths.ts';

/** A route as routeFor finds it: described and funded, with its plan and the vacancies it opens. */
export type FoundRoute = NonNullable<ReturnType<typeof routeFor>>;

/** A ranked occupation with its way in: vacancies open to you now, or a route of courses that opens some. */
export interface PathWithRoute {
  candidate: PathCandidate;
  /** Admitted vacancies of the occupation in reach (no request filter): what the route is planned for. */
  slots: readonly number[];
  /** Its missing essential skills (skill indices). */
  missing: number[];
  /** Of `slots`, the ones open to you now (enough of their skills, their certificates, the level). */
  openToYouNow: number;
  /** The route of courses into the occupation; null when every vacancy is open now or no plan opens one. */
  found: FoundRoute | null;
}

/** How far down the ranked occupations to look for paths that have a way in. */
const lookFurther = 10;

/**
 * The first `first` occupations of rankPaths (ranked like the matches) that have a way in, each with the route
 * that opens its vacancies. Career paths and the list's "past na een opleiding" both start here, so a path's
 * courses are the courses its matches show. `evenWithoutEvidence` (career paths): when the occupations the
 * person brings evidence for give fewer, occupations in demand with a way in follow at rank 0, so a school
 * leaver we know little about still sees where they can start (a BBL job, a route they can afford).
 */
export function pathsWithWayIn(
  s: ScoreState,
  scan: Pick<Scan, 'inReach' | 'levelSum'>,
  first: number,
  options: { evenWithoutEvidence?: boolean } = {},
): PathWithRoute[] {
  const limit = Math.max(0, first) * lookFurther;
  const out = withWayIn(s, rankPaths(s, scan, limit), first);
  if (options.evenWithoutEvidence && out.length < first)
    out.push(...withWayIn(s, rankPaths(s, scan, limit, { withoutEvidence: true }), first - out.length));
  return out;
}

function withWayIn(s: ScoreState, candidates: readonly PathCandidate[], first: number): PathWithRoute[] {
  const { byOccupation } = inReach(s);
  const out: PathWithRoute[] = [];
  for (const candidate of candidates) {
    if (out.length >= first) break;
    const j = candidate.index;
    const slots = byOccupation[j] ?? [];
    const missing = s.model.occupationEssentials[j]!.filter((k) => !(s.person.weight[k]! > 0));
    const openToYouNow = slots.filter((slot) => openNow(s, slot)).length;
    const found =
      openToYouNow === slots.length
        ? null
        : routeFor(s, {
            // The level of the easiest way in: the lowest any vacancy of the occupation in reach asks.
            goal: {
              skills: missing,
              certificates: [],
              level: lowestLevel(s, slots),
              employerTrains: false,
              occupations: [j],
              alongsideWork: false,
            },
            occupations: [j],
            // A path is about this occupation: the vacancies it opens are this occupation's.
            stepOccupations: false,
          });
    if (openToYouNow === 0 && !found) continue;
    out.push({ candidate, slots, missing, openToYouNow, found });
  }
  return out;
}

export function lowestLevel(s: ScoreState, slots: readonly number[]): number | null {
  let level: number | null = null;
  for (const slot of slots) level = Math.min(level ?? 99, s.model.catalog.vacancies.level[slot]!);
  return level;
}
