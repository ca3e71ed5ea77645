import { evidence as evidenceCfg, evidenceFirst as cfg } from '../weights.ts';
import type { ScoreState } from './score-state.ts';

/**
 * Whether the explanation of this vacancy will name evidence the person brings: an essential skill
 * they have, or a held occupation similar enough to count as related experience. The same two tests
 * explain.ts uses to fill `matchedSkills` and `relatedExperience`, so the order and the words agree.
 */
export function namesEvidence(s: ScoreState, slot: number): boolean {
  const { model, person, profile } = s;
  const v = model.catalog.vacancies;
  for (const k of v.essential.get(slot)) if (person.weight[k]! > 0) return true;
  const occ = v.occupation[slot]!;
  if (occ < 0) return false;
  return profile.occupations.some((o) => model.transitions.row(o.index)[occ]! >= evidenceCfg.relatedExperience);
}

/**
 * The first places go to matches whose explanation names evidence the person brings. A werkadviseur
 * opens with "dit past bij wat je al kunt of hebt gedaan"; a match on a wish and a route alone (a
 * BBL place, "past na een opleiding") is good advice too, but it follows those. Stable: the evidence
 * matches move up in their own order, the ones they pass follow right after them, the rest stays.
 * When the list holds fewer evidence matches than places, the others fill up in their own order.
 */
export function evidenceFirst<T>(list: readonly T[], hasEvidence: (item: T) => boolean): T[] {
  const places = Math.min(cfg.places, list.length);
  const head: T[] = [];
  const passed: T[] = [];
  let i = 0;
  for (; i < list.length && head.length < places; i++) {
    const item = list[i]!;
    if (hasEvidence(item)) head.push(item);
    else passed.push(item);
  }
  return [...head, ...passed, ...list.slice(i)];
}
