import type { Bridge } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Scan } from '../scoring/score.ts';
import { withExtraCredit } from '../profile/person.ts';
import { TopK } from '@werkbrug/text/top-k';
import { type CoursePlan, planCourses, taughtSkills, type CourseConstraints } from './bridges.ts';
import { availableFunding } from './funding.ts';
import { bridgeAlongRoute } from './vacancy-bridge.ts';
import type { PathCandidate } from './paths.ts';
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

/** Courses towards an occupation in general (no employer pays yet): what the career path proposes. */
export function pathConstraints(s: ScoreState): CourseConstraints {
  return {
    personLevel: s.profile.level,
    today: s.today,
    funding: availableFunding(s.profile.eligibleFunding, false),
    employerTrains: false,
  };
}

/**
 * The best vacancies of one path occupation in reach, for the person now or after the route: the
 * occupation's course plan (the career path's) gives an estimate for each of them, the best `limit` get
 * their bridge along that route (the same courses the path proposes), and each ranks by
 * max(fit now, fit after x discount). "Past na een opleiding" when the route adds at least
 * `afterCourse.minGain` points. matchVacancies and careerPaths both use this, so a path's vacancies are
 * the ones the match list shows for it.
 */
export function pathVacancies(
  s: ScoreState,
  scan: Scan,
  path: PathCandidate,
  limit: number,
  known?: CoursePlan,
): PathVacancy[] {
  const { model, person } = s;
  const v = model.catalog.vacancies;
  const missing = model.occupationEssentials[path.index]!.filter((k) => !(person.weight[k]! > 0));
  const constraints = pathConstraints(s);
  const plan = known ?? (missing.length > 0 ? planCourses(model, missing, constraints) : null);
  const after = plan !== null && plan.slots.length > 0;
  const planWeeks = plan ? plan.slots.reduce((n, c) => n + model.catalog.courses.weeks[c]!, 0) : 0;
  const discount = routeDiscount(planWeeks);
  const best = new TopK(limit, (slot) => v.ids[slot]!);
  const nowOf = new Map<number, number>();
  const ev = s.evaluator;
  const rank = (extra: Float32Array | null) => {
    for (const i of scan.ofOccupation(path.index)) {
      const slot = scan.slots[i]!;
      // Fit now and evidence come from the scan; modulators are the same after the route.
      const now = scan.scores[i]!;
      const e = scan.evidence[i]!;
      // A course does not create fit: the route only counts where there is evidence already.
      const grounded = extra !== null && e >= evidenceCfg.minimum;
      const estimate = grounded ? ev.evidenceWith(slot, extra) * (now / e) * discount : 0;
      const key = Math.max(now, estimate);
      if (key <= 0) continue;
      nowOf.set(slot, now);
      best.push(key, slot);
    }
  };
  if (after) withExtraCredit(model, taughtSkills(model, plan.slots), rank);
  else rank(null);
  const out: PathVacancy[] = [];
  for (const { slot } of best.sorted()) {
    const now = nowOf.get(slot)!;
    let entry: PathVacancy = { slot, now, key: now, fit: 'now', bridge: null };
    if (after && s.evaluator.evidence(slot) >= evidenceCfg.minimum) {
      const bridge = bridgeAlongRoute(s, slot, plan!, constraints);
      const afterKey = (bridge.fitAfter / 100) * routeDiscount(bridge.totalWeeks);
      if (bridge.courses.length > 0 && 100 * (afterKey - now) >= cfg.minGain)
        entry = { slot, now, key: afterKey, fit: 'after_course', bridge };
    }
    out.push(entry);
  }
  return out.sort((a, b) => b.key - a.key || (v.ids[a.slot]! < v.ids[b.slot]! ? -1 : 1));
}
