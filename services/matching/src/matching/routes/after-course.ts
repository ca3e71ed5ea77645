import type { Bridge } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import { withExtraCredit } from '../profile/person.ts';
import { TopK } from '@werkbrug/text/top-k';
import { taughtSkills } from './bridges.ts';
import { bridgeAlongRoute, bridgeForVacancy } from './vacancy-bridge.ts';
import type { PathCandidate } from './paths.ts';
import type { FoundRoute } from './path-route.ts';
import { routeStrength } from '../model/sector-routes.ts';
import { afterCourse as cfg, evidence as evidenceCfg } from '../weights.ts';

/** A vacancy of a path occupation, ranked by what it offers now or after the route. */
export interface PathVacancy {
  slot: number;
  /** Fit now, 0..1. */
  now: number;
  /** What it ranks by, 0..1: fit now, or the fit after its bridge discounted by the weeks of study. */
  key: number;
  fit: 'now' | 'after_course';
  /** The vacancy's own bridge when it fits after a course. */
  bridge: Bridge | null;
}

/** A fit after the route ranks lower by the weeks it takes (weights.ts `afterCourse`). */
export function routeDiscount(weeks: number): number {
  return 1 - Math.min(cfg.maxDiscount, cfg.base + cfg.perWeek * weeks);
}

/**
 * The best vacancies of one path occupation in reach, for the person now or after the route: the
 * occupation's route (the career path's, path-route.ts) gives an estimate for each of them, the best
 * `limit` get their bridge along that route (the same courses the path proposes, dated and funded for
 * them), and each ranks by max(fit now, fit after x discount). "Past na een opleiding" when the route
 * adds at least `afterCourse.minGain` points. matchVacancies and careerPaths both use this, so a path's
 * vacancies are the ones the match list shows for it.
 */
export function pathVacancies(
  s: ScoreState,
  scan: Scan,
  path: PathCandidate,
  route: FoundRoute | null,
  limit: number,
): PathVacancy[] {
  const { model } = s;
  const v = model.catalog.vacancies;
  const plan = route?.plan ?? null;
  const after = plan !== null && plan.steps.length > 0;
  const discount = routeDiscount(route?.route.totalWeeks ?? 0);
  const best = new TopK(limit, (slot) => v.ids[slot]!);
  const nowOf = new Map<number, number>();
  const ev = s.evaluator;
  const rank = (extra: Float32Array | null) => {
    for (const i of scan.ofOccupation(path.index)) {
      const slot = scan.slots[i]!;
      // Fit now and evidence come from the scan; modulators are the same after the route.
      const now = scan.scoreAt(i);
      const e = scan.evidence[i]!;
      // A course does not create fit: the route only counts where there is evidence already.
      const grounded = extra !== null && e >= evidenceCfg.minimum && buildsOn(s, slot);
      const estimate = grounded ? ev.evidenceWith(slot, extra) * (now / e) * discount : 0;
      const key = Math.max(now, estimate);
      if (key <= 0) continue;
      nowOf.set(slot, now);
      best.push(key, slot);
    }
  };
  if (after) withExtraCredit(model, taughtSkills(s, plan), rank);
  else rank(null);
  const out: PathVacancy[] = [];
  for (const { slot } of best.sorted()) {
    const now = nowOf.get(slot)!;
    let entry: PathVacancy = { slot, now, key: now, fit: 'now', bridge: null };
    if (after && ev.evidence(slot) >= evidenceCfg.minimum && buildsOn(s, slot)) {
      // A BBL job is its own route (leren en werken tegelijk), not the path's courses.
      const bridge =
        v.docs[slot]?.contractType === 'bbl' ? bridgeForVacancy(s, slot) : bridgeAlongRoute(s, slot, plan!);
      const afterKey = bridge ? (bridge.fitAfter / 100) * routeDiscount(bridge.totalWeeks) : 0;
      if (bridge && bridge.courses.length > 0 && 100 * (afterKey - now) >= cfg.minGain)
        entry = { slot, now, key: afterKey, fit: 'after_course', bridge };
    }
    out.push(entry);
  }
  return out.sort((a, b) => b.key - a.key || (v.ids[a.slot]! < v.ids[b.slot]! ? -1 : 1));
}

/**
 * What a course can build on: an essential skill of the vacancy the person holds, experience the explanation
 * names (a held occupation at least `evidence.relatedExperience` similar) that is close (`afterCourse.
 * experienceToBuildOn`) or a documented route, or a wish for its occupation or sector. Skills that are only related to the vacancy's do not carry "past na een opleiding" on their own.
 */
function buildsOn(s: ScoreState, slot: number): boolean {
  const { model, person, situation: sit } = s;
  const v = model.catalog.vacancies;
  const ess = v.essential;
  for (let k = ess.start[slot]!; k < ess.start[slot]! + ess.length[slot]!; k++)
    if (person.weight[ess.pool[k]!]! > 0) return true;
  if ((sit.wishSectors & (1 << v.sector[slot]!)) !== 0) return true;
  const occ = v.occupation[slot]!;
  if (occ < 0) return false;
  if ((sit.wishByOccupation?.[occ] ?? 0) > 0) return true;
  const target = model.taxonomy.occupations[occ]!;
  // The region's retraining programmes lead to an mbo 2-3 diploma: they carry a course for people with a
  // start qualification outside the Banenafspraak. The others' way in is a starters' or BBL job they
  // wish for, or a garantiebaan (the target-group rule), not a half-year course into another trade.
  const programmeFits = !sit.banenafspraak && !sit.noStartQualification;
  return s.profile.occupations.some((o) => {
    const similarity = model.transitions.row(o.index)[occ]!;
    if (similarity < evidenceCfg.relatedExperience) return false;
    if (similarity >= cfg.experienceToBuildOn) return true;
    return programmeFits && routeStrength(model.taxonomy.occupations[o.index]!, target) > 0;
  });
}
