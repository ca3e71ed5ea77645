import type { MatchExplanation, ProfileLike } from '../model/types.ts';
import type { Model } from '../model/model.ts';
import { resolveProfile } from '../profile/resolve.ts';
import { buildPerson } from '../profile/person.ts';
import { createScoreState } from './score-state.ts';
import { compileFilter, makeAdmitter } from './hard-filters.ts';
import { explainMatch } from './explain.ts';
import { employer as cfg } from '../weights.ts';
import { toPoints } from './labels.ts';

export interface ProfileMatch {
  profileId: string;
  score: number;
  explanation: MatchExplanation;
}

export interface ProfileMatches {
  /** Matching profiles whose owners let employers see them, best first. */
  visible: ProfileMatch[];
  /** How many other profiles would match; who they are never leaves the engine. */
  hiddenCount: number;
}

/**
 * The employer's side: rank profiles for one vacancy. A profile matches when the vacancy passes its
 * hard filters (reach, hours, open), scores at least `employer.minScore` and has at least one of the
 * vacancy's essential skills (someone with none of them is no candidate, however near and available).
 * Only profiles with consent.visibleToEmployers are returned; the rest are only counted.
 */
export function matchProfiles(
  model: Model,
  vacancySlot: number,
  profiles: readonly (ProfileLike & { id: string })[],
  opts: { first: number; today: number },
): ProfileMatches {
  const filter = compileFilter(undefined, false, model);
  const visible: { id: string; score: number; explanation: MatchExplanation }[] = [];
  let hiddenCount = 0;
  for (const p of profiles) {
    const resolved = resolveProfile(p, model.taxonomy, model.lookup);
    const state = createScoreState(model, resolved, buildPerson(model, resolved), { today: opts.today });
    if (!state) continue;
    const minutes = makeAdmitter(state, filter)(vacancySlot);
    if (minutes < 0) continue;
    const score = toPoints(state.evaluator.evaluate(vacancySlot, minutes, null));
    if (score < cfg.minScore) continue;
    const { explanation } = explainMatch(state, vacancySlot, 'employer');
    const essentials = explanation.matchedSkills.length + explanation.missingSkills.length;
    if (essentials > 0 && explanation.matchedSkills.length === 0) continue;
    if (p.consent?.visibleToEmployers === true) visible.push({ id: p.id, score, explanation });
    else hiddenCount++;
  }
  visible.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return {
    visible: visible.slice(0, Math.max(0, opts.first)).map((m) => ({
      profileId: m.id,
      score: m.score,
      explanation: m.explanation,
    })),
    hiddenCount,
  };
}
