import { z } from 'zod';
import { occupationUri, outlook, skillUri } from './common.ts';

/**
 * Sectors of the whole economy (shared/curation/sectors): the first fourteen are the regional selection the
 * product started with; every ESCO occupation belongs to one (by ISCO group, with curated exceptions).
 */
export const sectorKeys = [
  'aviation',
  'hospitality',
  'retail',
  'events_culture',
  'travel',
  'steel',
  'healthcare',
  'childcare',
  'education',
  'ict',
  'technical_energy',
  'construction',
  'logistics',
  'public_security',
  'manufacturing',
  'food_production',
  'business_services',
  'finance',
  'cleaning_facility',
  'personal_services',
  'agriculture_green',
  'creative_media',
  'science_research',
  'legal',
  'defence',
  'sports_recreation',
  'real_estate',
  'environment_waste',
] as const;
export const sectorKey = z.enum(sectorKeys);
export type SectorKey = z.infer<typeof sectorKey>;

export const sectorSchema = z.object({
  key: sectorKey,
  nameNl: z.string(),
  nameEn: z.string(),
  /** SBI 2008 section letter (Dutch NACE), with the divisions the sector mostly falls in. */
  sbiSection: z.string().regex(/^[A-U]$/),
  sbiDivisions: z.array(z.string()),
  outlook,
  /** The regional fact the outlook rests on, in Dutch, with its source. */
  outlookFact: z.string(),
  outlookSource: z.string().url(),
});
export type Sector = z.infer<typeof sectorSchema>;

export const skillTypes = ['skill', 'knowledge'] as const;
export const reuseLevels = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'] as const;

export const skillSchema = z.object({
  uri: skillUri,
  /** Dutch label written for the product; null where none is written yet (shown in English, marked as such). */
  labelNl: z.string().min(1).nullable(),
  labelEn: z.string().min(1),
  /** Dutch synonyms people type, then the English alternative labels from ESCO. */
  synonymsNl: z.array(z.string()),
  altLabelsEn: z.array(z.string()),
  type: z.enum(skillTypes),
  reuse: z.enum(reuseLevels),
  /**
   * Skill group used for partial credit: the nearest ESCO skill group above the skill in the skill
   * hierarchy (its code, e.g. "S1.2.1" or an ISCED-F field "0613"); "transversal" for transversal skills.
   */
  group: z.string(),
});
export type Skill = z.infer<typeof skillSchema>;

/** The label to show: Dutch where written, else English (the web marks it `lang="en"`). */
export function skillDisplay(skill: Pick<Skill, 'labelNl' | 'labelEn'>): { label: string; lang: 'nl' | 'en' } {
  return skill.labelNl ? { label: skill.labelNl, lang: 'nl' } : { label: skill.labelEn, lang: 'en' };
}

export const occupationSchema = z.object({
  uri: occupationUri,
  escoCode: z.string(),
  isco08: z.string().regex(/^[0-9]{4}$/),
  iscoLabelNl: z.string(),
  labelNl: z.string(),
  altLabelsNl: z.array(z.string()),
  /** ESCO's hidden labels (misspellings, old names): read when typed, never shown. */
  hiddenLabelsNl: z.array(z.string()).default([]),
  labelEn: z.string(),
  sector: sectorKey,
  regulated: z.boolean(),
});
export type Occupation = z.infer<typeof occupationSchema>;

export const relationTypes = ['essential', 'optional'] as const;
export const occupationSkillSchema = z.object({
  occupationUri,
  skillUri,
  relation: z.enum(relationTypes),
});
export type OccupationSkill = z.infer<typeof occupationSkillSchema>;
