import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { MatchExplanation, MissingSkill, SkillRef } from '../model/types.ts';
import { components, summary as bands } from '../weights.ts';
import { distanceKm, minutesFor, type ScoreState } from './score-state.ts';
import { round1, skillRef, toPoints } from './labels.ts';

const byMode: Record<TravelMode, string> = {
  fiets: 'met de fiets',
  auto: 'met de auto',
  ov: 'met het openbaar vervoer',
};

/**
 * One line of plain Dutch (B1): how well it fits, the skills count, the trip, and one more fact if it
 * matters. Addressed to the jobseeker ("je"), or about the candidate when an employer reads it.
 */
export function summaryNl(e: {
  audience: 'jobseeker' | 'employer';
  score: number;
  matched: number;
  essential: number;
  minutes: number;
  mode: TravelMode;
  levelsShort: number;
  requiredLevel: number;
  outlook: Outlook;
}): string {
  const you = e.audience === 'jobseeker';
  const lead = e.score >= bands.good ? 'Past goed' : e.score >= bands.fair ? 'Past redelijk' : 'Past minder goed';
  const skills =
    e.essential === 0
      ? 'er staan geen vaardigheden als eis in de vacature.'
      : `${you ? 'je hebt' : 'de kandidaat heeft'} ${e.matched} van de ${e.essential} belangrijke vaardigheden.`;
  const trip = `${you ? 'Je reist' : 'De kandidaat reist'} ongeveer ${Math.max(1, Math.round(e.minutes))} minuten ${byMode[e.mode]}.`;
  const levels = e.levelsShort === 1 ? '1 niveau' : `${e.levelsShort} niveaus`;
  const extra =
    e.levelsShort > 0
      ? you
        ? ` De werkgever vraagt niveau ${e.requiredLevel}; dat is ${levels} hoger dan jouw niveau.`
        : ` De vacature vraagt niveau ${e.requiredLevel}; dat is ${levels} hoger dan het niveau van de kandidaat.`
      : e.outlook === 'growing'
        ? ' In deze sector zijn veel mensen nodig.'
        : '';
  return `${lead}: ${skills} ${trip}${extra}`;
}

export function explainMatch(
  s: ScoreState,
  slot: number,
  audience: 'jobseeker' | 'employer' = 'jobseeker',
): { score: number; explanation: MatchExplanation } {
  const { model, person, profile } = s;
  const v = model.catalog.vacancies;
  const km = distanceKm(s, slot);
  const minutes = minutesFor(s, km);
  const values = new Float64Array(components.length);
  const score = toPoints(s.evaluator.evaluate(slot, minutes, values));
  const explained = components
    .map(({ name, labelNl }, i) => ({
      name,
      labelNl,
      value: Math.round(values[i]! * 1000) / 1000,
      weight: Math.round(s.weights[i]! * 1000) / 1000,
      contribution: round1(values[i]! * s.weights[i]! * 100),
    }))
    .filter((c) => c.weight > 0);
  const matchedSkills: SkillRef[] = [];
  const missingSkills: MissingSkill[] = [];
  for (const k of v.essential.get(slot)) {
    if (person.weight[k]! > 0) matchedSkills.push(skillRef(model, k));
    else missingSkills.push({ ...skillRef(model, k), relatedCredit: Math.round(person.credit[k]! * 1000) / 1000 });
  }
  const matchedOptionalSkills = v.optional
    .get(slot)
    .filter((k) => person.weight[k]! > 0)
    .map((k) => skillRef(model, k));
  const sector = sectorKeys[v.sector[slot]!]!;
  const outlook: Outlook = model.taxonomy.sectorByKey.get(sector)?.outlook ?? 'stable';
  const requiredLevel = v.level[slot]!;
  return {
    score,
    explanation: {
      summary: summaryNl({
        audience,
        score,
        matched: matchedSkills.length,
        essential: matchedSkills.length + missingSkills.length,
        minutes,
        mode: profile.travel.mode,
        levelsShort: Math.max(0, requiredLevel - profile.level),
        requiredLevel,
        outlook,
      }),
      components: explained,
      matchedSkills,
      missingSkills,
      matchedOptionalSkills,
      distanceKm: round1(km),
      travelMinutes: Math.round(minutes),
      travelMode: profile.travel.mode,
      requiredLevel,
      personLevel: profile.level,
      outlook,
    },
  };
}
