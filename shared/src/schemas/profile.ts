import { z } from 'zod';
import { entityId, isoDateTime, nlqfLevel, occupationUri, pc4, shortText, skillUri, weeklyHours } from './common.ts';
import { certificateList } from './certificate.ts';
import { fundingScheme } from './course.ts';
import { sectorKeys } from './taxonomy.ts';
import { servedArea } from '../region/postcodes.ts';

export const travelModes = ['fiets', 'auto', 'ov'] as const;
export const travelMode = z.enum(travelModes, { message: 'Kies hoe je reist: fiets, auto of ov.' });
export type TravelMode = z.infer<typeof travelMode>;

export const travelModeLabelsNl: Record<TravelMode, string> = {
  fiets: 'Fiets',
  auto: 'Auto',
  ov: 'Openbaar vervoer',
};

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'moedertaal'] as const;

/**
 * Facts about someone's situation that they choose to share, because they open doors
 * (garantiebanen, funding, guidance). Never used to lower a score.
 */
export const targetGroups = [
  'ww',
  'bijstand',
  'banenafspraak',
  'zzp',
  'schoolverlater',
  'werk-naar-werk',
  'statushouder',
  'herintreder',
] as const;
export const targetGroup = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroup>;

export const targetGroupLabelsNl: Record<TargetGroup, string> = {
  ww: 'Ik heb een WW-uitkering',
  bijstand: 'Ik heb een bijstandsuitkering',
  banenafspraak: 'Ik sta in het doelgroepregister (banenafspraak)',
  zzp: 'Ik ben zzp’er',
  schoolverlater: 'Ik ben net van school',
  'werk-naar-werk': 'Mijn baan is in gevaar',
  statushouder: 'Ik ben statushouder',
  herintreder: 'Ik wil weer aan het werk na een pauze',
};

export const profileId = entityId('prf');

export const occupationHeldSchema = z.object({
  occupationUri,
  years: z.number().min(0, { message: 'Vul 0 of meer jaren in.' }).max(50, { message: 'Vul hoogstens 50 jaar in.' }),
});

export const travelSchema = z.object({
  mode: travelMode,
  maxMinutes: z
    .number({ message: 'Vul in hoeveel minuten je wilt reizen.' })
    .int()
    .min(5, { message: 'Reistijd: minstens 5 minuten.' })
    .max(120, { message: 'Reistijd: hoogstens 120 minuten.' }),
});
export type Travel = z.infer<typeof travelSchema>;

export const consentSchema = z.object({
  /** Employers may see this profile in their candidate lists. Off unless the person turns it on. */
  visibleToEmployers: z.boolean(),
  /** The person's werkadviseur may see and use the profile. */
  shareWithAdviser: z.boolean(),
});

/**
 * Where the person wants to go. Said by the person (or with their adviser); `stayInField` null means they have not
 * said. Someone from a shrinking sector who has not said they want to stay is steered towards growing work, as the
 * regional policy asks; excluded occupations and sectors are never proposed.
 */
const wishSector = z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' });

export const wishesSchema = z.object({
  occupations: z.array(occupationUri).max(10, { message: 'Kies hoogstens 10 beroepen.' }).default([]),
  sectors: z.array(wishSector).max(10, { message: 'Kies hoogstens 10 sectoren.' }).default([]),
  excludeOccupations: z.array(occupationUri).max(20, { message: 'Kies hoogstens 20 beroepen.' }).default([]),
  excludeSectors: z.array(wishSector).max(20, { message: 'Kies hoogstens 20 sectoren.' }).default([]),
  stayInField: z.boolean().nullable().default(null),
});
export type Wishes = z.infer<typeof wishesSchema>;
export const noWishes: Wishes = {
  occupations: [],
  sectors: [],
  excludeOccupations: [],
  excludeSectors: [],
  stayInField: null,
};

/**
 * Demographic facts, optional and never a scoring input (AI Act art. 10 allows them only for bias
 * monitoring). The fairness test varies them and proves no score changes.
 */
export const demographicsSchema = z.object({
  birthYear: z.number().int().min(1900).max(2030).nullable(),
  gender: z.enum(['vrouw', 'man', 'anders', 'onbekend']).nullable(),
  nationality: z.string().max(60).nullable(),
});

export const profileFieldsSchema = z.object({
  alias: shortText(1, 60, 'De naam'),
  occupations: z.array(occupationHeldSchema).max(20, { message: 'Kies hoogstens 20 beroepen.' }),
  skills: z.array(skillUri).max(150, { message: 'Kies hoogstens 150 vaardigheden.' }),
  /** Certificates and licences (VCA, heftruck, rijbewijs C, ...); stored bodies from before default to none. */
  certificates: certificateList.default([]),
  wishes: wishesSchema.default(noWishes),
  nlqfLevel,
  postcode: pc4,
  travel: travelSchema,
  hoursMin: weeklyHours,
  hoursMax: weeklyHours,
  languages: z.array(z.object({ language: z.string().min(2).max(40), level: z.enum(cefrLevels) })).max(10),
  targetGroups: z.array(targetGroup).max(targetGroups.length),
  /**
   * No longer read. Who may use a funding scheme follows from the target groups (schemas/funding.ts); the field
   * stays so profiles stored before still read.
   */
  eligibleFunding: z.array(fundingScheme).max(4).default([]),
  consent: consentSchema,
  demographics: demographicsSchema,
});

/**
 * Where the person lives, as they give it: a PC4 area Werkbrug serves (the region and the municipalities
 * next to it). Anywhere else would be accepted and then silently match nothing, so it is refused.
 */
export const homePostcode = pc4.superRefine((code, ctx) => {
  if (!/^[1-9][0-9]{3}$/.test(code)) return; // pc4 has said what is wrong
  const served = servedArea(code);
  if (served === 'unknown')
    ctx.addIssue({
      code: 'custom',
      message: 'Deze postcode kennen we niet. Vul de postcode van je woonplaats in, bijvoorbeeld 2011.',
    });
  if (served === 'outside')
    ctx.addIssue({
      code: 'custom',
      message:
        'Werkbrug is er voor mensen in Zuid-Kennemerland en IJmond en de gemeenten ernaast. Deze postcode ligt daar niet.',
    });
});

export const profileSchema = profileFieldsSchema.extend({
  id: profileId,
  /** The user account this profile belongs to, if the person signed up. */
  userId: z.string().nullable(),
  /** The werkadviseur guiding this person, if any. */
  adviserId: z.string().nullable(),
  demo: z.boolean(),
  version: z.number().int().min(1),
  updatedAt: isoDateTime,
});
export type Profile = z.infer<typeof profileSchema>;

/** What a person or adviser sends; optional parts may be left out or null (GraphQL sends null). */
export const profileInputSchema = profileFieldsSchema
  .omit({ demographics: true })
  .extend({
    alias: profileFieldsSchema.shape.alias.nullish(),
    postcode: homePostcode,
    languages: profileFieldsSchema.shape.languages.nullish(),
    targetGroups: profileFieldsSchema.shape.targetGroups.nullish(),
    eligibleFunding: profileFieldsSchema.shape.eligibleFunding.nullish(),
    consent: consentSchema.nullish(),
    certificates: certificateList.nullish(),
    wishes: wishesSchema.nullish(),
  })
  .refine((p) => p.hoursMax >= p.hoursMin, {
    message: 'Het hoogste aantal uren moet minstens zo hoog zijn als het laagste.',
    path: ['hoursMax'],
  });
export type ProfileInput = z.infer<typeof profileInputSchema>;
