import type { MatchExplanation, ProfileLike } from '../model/types.ts';
import type { Model } from '../model/model.ts';
import { resolveProfile } from '../profile/resolve.ts';
import { buildPerson } from '../profile/person.ts';
import { readSituation } from '../profile/situation.ts';
import { createScoreState, type ScoreState } from './score-state.ts';
import { compileFilter, makeAdmitter } from './hard-filters.ts';
import { explainMatch } from './explain.ts';
import { employer as cfg } from '../weights.ts';
import { namesOf, toPoints } from './labels.ts';

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
  const names = namesOf(model);
  const visible: { id: string; score: number; state: ScoreState }[] = [];
  let hiddenCount = 0;
  for (const p of profiles) {
    const resolved = resolveProfile(p, model.taxonomy, model.lookup);
    const situation = readSituation(model, p, resolved);
    const state = createScoreState(model, resolved, buildPerson(model, resolved), situation, { today: opts.today });
    if (!state) continue;
    const minutes = makeAdmitter(state, filter)(vacancySlot);
    if (minutes < 0) continue;
    const score = toPoints(state.evaluator.evaluate(vacancySlot, minutes, null));
    if (score < cfg.minScore) continue;
    if (!holdsAnEssential(state, vacancySlot)) continue;
    if (p.consent?.visibleToEmployers === true) visible.push({ id: p.id, score, state });
    else hiddenCount++;
  }
  visible.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return {
    visible: visible.slice(0, Math.max(0, opts.first)).map((m) => ({
      profileId: m.id,
      score: m.score,
      explanation: explainMatch(m.state, vacancySlot, names, { audience: 'employer' }).explanation,
    })),
    hiddenCount,
  };
}

/** A vacancy without essential skills asks none; otherwise the person holds at least one (as the explanation's matchedSkills). */
function holdsAnEssential(s: ScoreState, slot: number): boolean {
  const essentials = s.model.catalog.vacancies.essential.get(slot);
  return essentials.length === 0 || essentials.some((k) => s.person.weight[k]! > 0);
}
