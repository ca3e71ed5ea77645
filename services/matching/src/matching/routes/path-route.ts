import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import { routeFor } from './bridges.ts';
import { inReach, openNow } from './in-reach.ts';
import { rankPaths, type PathCandidate } from './paths.ts';
import { outlookTable } from '../scoring/outlook.ts';

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
  if (!options.evenWithoutEvidence) return out;
  if (out.length < first)
    out.push(...withWayIn(s, rankPaths(s, scan, limit, { withoutEvidence: true }), first - out.length));
  return towardsGrowingWork(s, scan, out, first);
}

/**
 * Career paths of someone the policy steers (from a shrinking sector, not saying they want to stay): at least
 * half of them lead out of the sectors steering lowers, so the paths do not only list the shop or airport jobs
 * next to the one they lost. Paths with evidence first, then occupations in demand with a way in (rank 0); they
 * take the places of the lowest-ranked paths in the lowered sectors, and the list keeps its order.
 */
function towardsGrowingWork(
  s: ScoreState,
  scan: Pick<Scan, 'inReach' | 'levelSum'>,
  paths: PathWithRoute[],
  first: number,
): PathWithRoute[] {
  const { steering } = outlookTable(s.model, s.situation);
  if (!steering) return paths;
  const away = (c: PathCandidate) => steering[s.model.occupationSector[c.index]!]! >= 1;
  const needed = Math.ceil(first / 2) - paths.filter((p) => away(p.candidate)).length;
  if (needed <= 0) return paths;
  const listed = new Set(paths.map((p) => p.candidate.index));
  const fresh = (c: PathCandidate) => away(c) && !listed.has(c.index);
  const all = s.model.taxonomy.occupations.length;
  // As far down as the paths themselves look (lookFurther), among the occupations outside the lowered sectors.
  const look = (candidates: PathCandidate[]) => candidates.filter(fresh).slice(0, first * lookFurther);
  const extra = withWayIn(s, look(rankPaths(s, scan, all)), needed);
  if (extra.length < needed)
    extra.push(...withWayIn(s, look(rankPaths(s, scan, all, { withoutEvidence: true })), needed - extra.length));
  if (extra.length === 0) return paths;
  // Drop the lowest-ranked paths in lowered sectors to make room, then keep the ranking's order.
  let room = Math.max(0, paths.length + extra.length - first);
  const kept = [...paths]
    .reverse()
    .filter((p) => away(p.candidate) || room-- <= 0)
    .reverse();
  return [...kept, ...extra].sort(
    (a, b) =>
      b.candidate.rank - a.candidate.rank ||
      b.candidate.standing - a.candidate.standing ||
      (a.candidate.occupation.uri < b.candidate.occupation.uri ? -1 : 1),
  );
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
