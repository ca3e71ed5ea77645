import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { ScoreState } from '../scoring/score-state.ts';
import { combineEvidence } from '../scoring/components.ts';
import { levelValue } from '../scoring/formulas.ts';
import type { Scan } from '../scoring/score.ts';
import { outlookTable, sectorOutlook } from '../scoring/outlook.ts';
import { careerPaths as cfg, wish as wishCfg } from '../weights.ts';

/** An occupation the person could move to, as ranked for career paths and for "past na een opleiding". */
export interface PathCandidate {
  /** Occupation index (taxonomy order). */
  index: number;
  occupation: Occupation;
  outlook: Outlook;
  /** 0..1: the evidence the person brings to this occupation (skills, experience, wish). */
  similarity: number;
  /** Admitted vacancies of this occupation in the person's reach. */
  openVacancies: number;
  /** similarity x level x outlook x steering x demand: the order of the list. */
  rank: number;
  /** level x outlook x steering x demand: the order among occupations without evidence (rank 0). */
  standing: number;
}

/**
 * Occupations ranked the way the matches are scored, so career paths and matches tell one story:
 * evidence (coverage of the occupation's essential skills, experience, a wish) x the level, outlook and
 * steering modulators (level: what its vacancies in reach typically ask) x demand (open vacancies in
 * reach, log scale). An occupation the person holds is not a move; one without openings in reach is
 * not a path here. `withoutEvidence`: the occupations the person brings no evidence for instead (rank
 * 0, no claim of fit), in the order of the rest of the product.
 */
export function rankPaths(
  s: ScoreState,
  scan: Pick<Scan, 'inReach' | 'levelSum'>,
  limit: number,
  options: { withoutEvidence?: boolean } = {},
): PathCandidate[] {
  const { inReach, levelSum } = scan;
  const { model, person, situation: sit } = s;
  const occupations = model.taxonomy.occupations;
  const held = new Set(s.profile.occupations.map((o) => o.index));
  const { outlook: outlookMod, steering } = outlookTable(model, sit);
  const saturation = Math.log1p(cfg.demandSaturation);
  const out: PathCandidate[] = [];
  for (let j = 0; j < occupations.length; j++) {
    const n = inReach[j]!;
    if (n === 0 || held.has(j)) continue;
    const essentials = model.occupationEssentials[j]!;
    let coverage = 0;
    for (const k of essentials) coverage += person.credit[k]!;
    coverage = essentials.length > 0 ? coverage / essentials.length : 0;
    const sector = model.occupationSector[j]!;
    const wished = Math.max(
      sit.wishByOccupation?.[j] ?? 0,
      (sit.wishSectors & (1 << sector)) !== 0 ? wishCfg.sector : 0,
    );
    const similarity = combineEvidence(coverage, person.experienceRow?.[j] ?? 0, wished);
    if (similarity > 0 === (options.withoutEvidence === true)) continue;
    const demand = Math.min(1, Math.log1p(n) / saturation);
    // The level its vacancies here typically ask: NLQF 1 and NLQF 7 should not get the same paths.
    const level = levelValue(s.profile.level, Math.round(levelSum[j]! / n), false);
    const standing = level * outlookMod[sector]! * (steering?.[sector] ?? 1) * demand;
    out.push({
      index: j,
      occupation: occupations[j]!,
      outlook: sectorOutlook(model, sectorKeys[sector]!),
      similarity,
      openVacancies: n,
      rank: similarity * standing,
      standing,
    });
  }
  return out
    .sort((a, b) => b.rank - a.rank || b.standing - a.standing || (a.occupation.uri < b.occupation.uri ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
