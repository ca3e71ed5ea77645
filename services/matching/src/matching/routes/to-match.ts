import type { Bridge, MatchFit, VacancyMatch } from '../model/types.ts';
import type { ScoreState } from '../scoring/score-state.ts';
import type { Names } from '../scoring/phrases.ts';
import { explainMatch } from '../scoring/explain.ts';
import { toPoints } from '../scoring/labels.ts';
import { bridgeForVacancy } from './vacancy-bridge.ts';

export interface MatchPlan {
  slot: number;
  /** What the list is ordered by, 0..1. */
  key: number;
  fit: MatchFit;
  /** The bridge already computed for an after_course match. */
  bridge: Bridge | null;
}

/**
 * One vacancy as the API returns it: score (fit now), rank and label (of what it is ordered by), the
 * explanation and, on request, the bridge. Used by the match list and by career paths alike.
 */
export function toMatch(s: ScoreState, plan: MatchPlan, names: Names, withBridge: boolean): VacancyMatch {
  const vacancy = s.model.catalog.vacancies.docs[plan.slot]!;
  const rank = toPoints(plan.key);
  const { score, explanation } = explainMatch(s, plan.slot, names, { fit: plan.fit, rank, bridge: plan.bridge });
  const match: VacancyMatch = {
    vacancyId: vacancy.id,
    vacancy,
    score,
    rank,
    fit: plan.fit,
    label: explanation.label,
    explanation,
  };
  const bridge = plan.bridge ?? (withBridge ? bridgeForVacancy(s, plan.slot) : null);
  if (bridge) match.bridge = bridge;
  return match;
}
