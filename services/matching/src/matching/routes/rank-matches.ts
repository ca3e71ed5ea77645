import type { MoreOfKind, VacancyMatch } from '../model/types.ts';
import { type CompiledFilter, isNeutral } from '../scoring/hard-filters.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Names } from '../scoring/phrases.ts';
import { scanVacancies } from '../scoring/score.ts';
import { diversify, type Ranked } from '../scoring/diversity.ts';
import { evidenceFirst, evidenceReserve, namesEvidence } from '../scoring/named-evidence.ts';
import { afterCourse, diversity, labels } from '../weights.ts';
import { pathVacancies } from './after-course.ts';
import { inReachFromScan } from './in-reach.ts';
import { pathsWithWayIn } from './path-route.ts';
import { type MatchPlan, toMatch } from './to-match.ts';

/**
 * One list, one story: the vacancies that fit now, and those of the best career paths that fit after
 * a course (ranked by that fit, discounted by the weeks of study), with at most three of one
 * occupation in the first ten. Steps: score every admitted vacancy (scoring/score.ts), add the path
 * vacancies that fit after their route (after-course.ts), diversify, put evidence first
 * (scoring/named-evidence.ts), explain, bridge.
 */
export function rankMatches(
  s: ScoreState,
  filter: CompiledFilter,
  first: number,
  names: Names,
  options: { bridges: boolean; diverse: boolean },
): { matches: VacancyMatch[]; total: number; moreOfKind: MoreOfKind[] } {
  const v = s.model.catalog.vacancies;
  const scan = scanVacancies(s, filter, first);
  // Routes need the vacancies in reach: without request filters, those are the ones the scan admitted.
  if (options.bridges && first > 0 && isNeutral(filter)) inReachFromScan(s, scan);
  const plans = new Map<number, MatchPlan & Ranked>();
  const plan = (p: MatchPlan) => ({
    ...p,
    occupation: v.occupation[p.slot]!,
    id: v.ids[p.slot]!,
    afterCourse: p.fit === 'after_course',
  });
  for (const p of scan.pool) plans.set(p.slot, plan({ slot: p.slot, key: p.score, fit: 'now', bridge: null }));
  if (options.bridges && first > 0) {
    for (const path of pathsWithWayIn(s, scan, afterCourse.paths)) {
      for (const pv of pathVacancies(s, scan, path.candidate, path.found, afterCourse.perPath)) {
        if (pv.fit !== 'after_course') continue;
        const known = plans.get(pv.slot);
        if (!known || pv.key > known.key) plans.set(pv.slot, plan(pv));
      }
    }
  }
  // The whole first block is chosen before its order is settled, so a short page (first 3) shows
  // the same top three as a long one.
  const size = first > 0 ? Math.max(first, diversity.block) : 0;
  const { list, shown } = diversify([...plans.values()], size, options.diverse);
  const block = Math.min(diversity.block, list.length);
  const head = list.slice(0, block);
  // Only a match that carries a "past" label of its own moves up for its evidence (a chemistry teacher's
  // job at 7 points, because the person named chemistry, is no opening line above a fitting one); when
  // nothing in the block fits, those that at least name something come first.
  const floor = labels.possible / 100;
  const anyFits = list.slice(0, block).some((p) => p.key >= floor);
  const withEvidence = (p: { slot: number; key: number }) => (!anyFits || p.key >= floor) && namesEvidence(s, p.slot);
  // Evidence from further down when the block has too little of it; they enter the block, and the
  // block's last matches move to just after it.
  const reserve = evidenceReserve(s, scan, head, head.filter(withEvidence).length).map(
    (r) => plans.get(r.slot) ?? plan({ slot: r.slot, key: r.score, fit: 'now', bridge: null }),
  );
  const lifted = new Set(reserve.map((r) => r.slot));
  const rest = list.slice(block).filter((p) => !lifted.has(p.slot));
  const ordered = [...evidenceFirst([...head, ...reserve], withEvidence), ...rest];
  const matches = ordered.slice(0, first).map((p) => toMatch(s, p, names, options.bridges));
  const moreOfKind: MoreOfKind[] = [];
  for (const [occupation, { count, last }] of shown) {
    const more = scan.fitting[occupation]! - count;
    if (count < diversity.perOccupation || more <= 0) continue;
    moreOfKind.push({ occupationUri: s.model.taxonomy.occupations[occupation]!.uri, count: more });
    const m = matches.find((x) => x.vacancyId === last.id);
    if (m) m.moreOfKind = more;
  }
  return { matches, total: scan.total, moreOfKind };
}
