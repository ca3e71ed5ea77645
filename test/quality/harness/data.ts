/**
 * The evaluation data: labelled profiles, the resolution set and the search check set, each split once
 * into a tuning half (data/tuning/) and a held-out half (data/heldout/). Loaded and validated here; no
 * file elsewhere reads the JSON directly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { certificateKeys } from '@werkbrug/shared/schemas/certificate';
import { z } from 'zod';

export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
export type Split = 'tuning' | 'heldout';
export const splits: readonly Split[] = ['heldout', 'tuning'];

const occupationUri = z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/);
const skillUri = z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);

// The product's list: a case may only hold certificates the profile form and the API accept.
export { certificateKeys, type CertificateKey } from '@werkbrug/shared/schemas/certificate';

export const targetGroupKeys = [
  'BANENAFSPRAAK',
  'BIJSTAND',
  'HERINTREDER',
  'SCHOOLVERLATER',
  'STATUSHOUDER',
  'WERK_NAAR_WERK',
  'WW',
  'ZZP',
] as const;

const labelSpecEntry = z.string().min(2);

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d\d$/),
  name: z.string(),
  group: z.string(),
  split: z.enum(['tuning', 'heldout']),
  typedOccupations: z.array(z.object({ text: z.string().min(1), years: z.number().min(0).max(50) })),
  typedSkills: z.array(z.string().min(1)),
  certificates: z.array(z.enum(certificateKeys)),
  nlqfLevel: z.number().int().min(1).max(8),
  /** Explicit when it differs from the default (NLQF 2 or higher counts as a start qualification). */
  startQualification: z.boolean().optional(),
  languages: z
    .array(z.object({ language: z.string(), level: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'MOEDERTAAL']) }))
    .optional(),
  postcode: z.string().regex(/^\d{4}$/),
  travel: z.object({ mode: z.enum(['fiets', 'auto', 'ov']), maxMinutes: z.number().int().min(5).max(120) }),
  hours: z.tuple([z.number().int().min(1).max(60), z.number().int().min(1).max(60)]),
  targetGroups: z.array(z.enum(targetGroupKeys)),
  wishes: z.object({
    occupations: z.array(z.string()),
    sectors: z.array(z.string()),
    excludeSectors: z.array(z.string()),
    stayInField: z.boolean().nullable(),
  }),
  /** The adviser's judgement as written: occupation families and single occupations (tools/expand-labels.ts). */
  labelSpec: z.object({
    good: z.array(labelSpecEntry),
    plausible: z.array(labelSpecEntry),
    poor: z.array(labelSpecEntry),
  }),
  /** Expanded from labelSpec over the families: every occupation not listed counts 0. */
  labels: z.object({
    good: z.array(occupationUri),
    plausible: z.array(occupationUri),
    poor_examples: z.array(occupationUri),
  }),
  notes: z.string(),
});
export type QualityProfile = z.infer<typeof profileSchema>;

export const resolutionItemSchema = z.object({
  typed: z.string().min(1),
  /** Readings an adviser accepts (occupation or skill URIs, or certificate keys for licences). */
  accepted: z.array(z.string()),
  unreadable: z.boolean().optional(),
  /** For unreadable items: suggestions an adviser accepts ("Bedoel je ...?"). */
  suggestions: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type ResolutionItem = z.infer<typeof resolutionItemSchema>;

export const searchItemSchema = z.object({
  title: z.string().min(1),
  /** "That occupation or a close one". */
  accepted: z.array(occupationUri).min(1),
  /** Where the radius check is made (PC4 of the region). */
  postcode: z.string().regex(/^\d{4}$/),
  radiusKm: z.number().positive(),
  note: z.string().optional(),
});
export type SearchItem = z.infer<typeof searchItemSchema>;

const familySchema = z.object({
  outlook: z.string(),
  description: z.string(),
  occupations: z.array(z.object({ uri: occupationUri, labelNl: z.string(), labelEn: z.string(), isco08: z.string() })),
});
export const familiesSchema = z.object({ note: z.string(), families: z.record(z.string(), familySchema) });
export type Families = z.infer<typeof familiesSchema>;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, `file://${dataDir}`), 'utf8'));
}

/** A data file: { note, split, items } (the note says what it is and, for held-out files, that nobody tunes on it). */
function readSplitFile<T>(file: string, split: Split, item: z.ZodType<T>): T[] {
  const doc = z
    .object({ note: z.string(), split: z.literal(split), items: z.array(item) })
    .parse(readJson(`${split}/${file}`));
  return doc.items;
}

export function loadProfiles(split: Split): QualityProfile[] {
  const items = readSplitFile('profiles.json', split, profileSchema);
  for (const p of items) if (p.split !== split) throw new Error(`${p.id} is marked ${p.split} but sits in ${split}/`);
  return items;
}

export function loadResolution(kind: 'titles' | 'skills', split: Split): ResolutionItem[] {
  return readSplitFile(`resolution-${kind}.json`, split, resolutionItemSchema);
}

export function loadSearchItems(split: Split): SearchItem[] {
  return readSplitFile('search-titles.json', split, searchItemSchema);
}

export function loadFamilies(): Families {
  return familiesSchema.parse(readJson('occupation-families.json'));
}

export { occupationUri, skillUri };
