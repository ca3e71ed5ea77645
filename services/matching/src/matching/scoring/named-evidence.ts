import { diversity, evidence as evidenceCfg, evidenceFirst as cfg, labels } from '../weights.ts';
import type { ScoreState } from './score-state.ts';
import type { Scan, Scored } from './score.ts';

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

/**
 * When the first block holds fewer evidence matches than `places` (a wish and its routes can fill a
 * block: "liefst iets met techniek"), the best fitting matches further down that do name evidence,
 * so the top three can still say "this fits what you can or did". Only matches that carry a "past"
 * label of their own (score at least the lowest band) and keep at most three of one occupation in
 * the block; best first. Runs over the scan only when the block falls short, so rarely.
 */
export function evidenceReserve(
  s: ScoreState,
  scan: Scan,
  block: readonly { slot: number; occupation: number }[],
  hasEvidence: number,
): Scored[] {
  const need = cfg.places - hasEvidence;
  if (need <= 0) return [];
  const v = s.model.catalog.vacancies;
  const inBlock = new Set(block.map((b) => b.slot));
  const perOccupation = new Map<number, number>();
  for (const b of block)
    if (b.occupation >= 0) perOccupation.set(b.occupation, (perOccupation.get(b.occupation) ?? 0) + 1);
  const floor = labels.possible / 100;
  const candidates: Scored[] = [];
  for (let i = 0; i < scan.admitted; i++) {
    // A score is at most its evidence: only those that can reach the floor are scored (scoreAt may compute).
    if (scan.evidence[i]! < floor) continue;
    const score = scan.scoreAt(i);
    const slot = scan.slots[i]!;
    if (score >= floor && !inBlock.has(slot)) candidates.push({ slot, score });
  }
  candidates.sort((a, b) => b.score - a.score || a.slot - b.slot);
  const out: Scored[] = [];
  for (const c of candidates) {
    if (out.length === need) break;
    const occ = v.occupation[c.slot]!;
    if (occ >= 0 && (perOccupation.get(occ) ?? 0) >= diversity.perOccupation) continue;
    if (!namesEvidence(s, c.slot)) continue;
    if (occ >= 0) perOccupation.set(occ, (perOccupation.get(occ) ?? 0) + 1);
    out.push(c);
  }
  return out;
}
