import { z } from 'zod';
import { isoDate, isoDateTime } from './common.ts';
import { courseKind } from './course.ts';
import { sectorKey } from './taxonomy.ts';
import type { TargetGroup } from './profile.ts';

/**
 * Funding for courses as dated data (shared/curation/funding/schemes.json, changed by admins through the API):
 * who may use a scheme, for which kinds of course, from when until when, and how much. The rules that apply
 * it to a plan live in one place in the service (matching/routes/funding.ts).
 */

/**
 * Situations a scheme can be meant for. A person's situations follow only from what they said about their
 * situation (their target groups, see situationsOf), never from age, gender or origin.
 */
export const fundingSituations = [
  'any',
  'ww',
  'bijstand',
  'werkzoekend-zonder-uitkering',
  'banenafspraak',
  'school-leaver',
  'werkend',
  'zzp',
] as const;
export const fundingSituation = z.enum(fundingSituations);
export type FundingSituation = z.infer<typeof fundingSituation>;

export const fundingSituationLabelsNl: Record<FundingSituation, string> = {
  any: 'iedereen',
  ww: 'mensen met een WW-uitkering',
  bijstand: 'mensen met een bijstandsuitkering',
  'werkzoekend-zonder-uitkering': 'werkzoekenden zonder uitkering',
  banenafspraak: 'mensen in het doelgroepregister (banenafspraak)',
  'school-leaver': 'schoolverlaters',
  werkend: 'mensen met een baan',
  zzp: 'zzp’ers',
};

/**
 * The one home of the rule "which situations does a person's target group put them in". Someone whose job
 * is at risk still works; a returner usually has no benefit. Statushouders are left out on purpose: their
 * benefit differs per person, so they say it themselves (ww or bijstand).
 */
const situationsByGroup: Record<TargetGroup, readonly FundingSituation[]> = {
  ww: ['ww'],
  bijstand: ['bijstand'],
  banenafspraak: ['banenafspraak'],
  zzp: ['zzp'],
  schoolverlater: ['school-leaver'],
  'werk-naar-werk': ['werkend'],
  herintreder: ['werkzoekend-zonder-uitkering'],
  statushouder: [],
};

export function situationsOf(targetGroups: readonly TargetGroup[]): Set<FundingSituation> {
  const out = new Set<FundingSituation>(['any']);
  for (const g of targetGroups) for (const s of situationsByGroup[g] ?? []) out.add(s);
  return out;
}

export const fundingKinds = ['budget', 'free', 'subsidy', 'employer', 'loan', 'fund'] as const;

const money = z.number().min(0).max(1_000_000);

export const fundingSchemeSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Een sleutel heeft alleen kleine letters, cijfers en streepjes.' })
      .max(60),
    nameNl: z.string().trim().min(2).max(120),
    nameEn: z.string().trim().min(2).max(120),
    kind: z.enum(fundingKinds),
    validFrom: isoDate,
    /** Last day a course may start with this scheme; null while it runs. */
    validUntil: isoDate.nullable(),
    status: z.enum(['active', 'ended']),
    who: z.object({
      situations: z.array(fundingSituation).min(1).max(fundingSituations.length),
      /** Shown as text only: the engine never reads anyone's age. */
      ageMin: z.number().int().min(0).max(120).nullable(),
      ageMax: z.number().int().min(0).max(120).nullable(),
      other: z.string().max(600).nullable(),
    }),
    courses: z.object({
      kinds: z.array(courseKind).max(20),
      /** Only towards an occupation with good prospects (kansrijk, a growing sector) or with a job guarantee. */
      requiresShortageOccupation: z.boolean(),
      /** Only when an employer takes part: you work there or get a learn-work contract. */
      requiresEmployer: z.boolean(),
      /** Only for a learn-work place (BBL). */
      requiresBbl: z.boolean(),
      /** Only towards an occupation in one of these sectors (sector funds); null in every sector. */
      sectors: z.array(sectorKey).min(1).max(40).nullable().default(null),
      note: z.string().max(600).nullable(),
    }),
    caps: z.object({
      /** Together for all courses of one person that start in one calendar year. */
      perPersonPerYear: money.nullable(),
      perCourse: money.nullable(),
      /** Share of the price the scheme pays (1 = all of it). */
      shareOfCost: z.number().min(0).max(1).nullable(),
      /** Paid to the employer per learn-work place per school year: never lowers what you pay. */
      perPlacePerYear: money.nullable(),
    }),
    /** How the caps add up over a plan of several courses, in Dutch and English. */
    capsCombine: z.string().max(600).nullable(),
    /** A loan (Levenlanglerenkrediet): shown as a loan, never counted as money that lowers the cost. */
    isLoan: z.boolean(),
    certainty: z.enum(['certain', 'uncertain']),
    /** What is uncertain, in Dutch: the page then says "check bij je werkadviseur". */
    uncertainNote: z.string().max(600).nullable(),
    howToApply: z.string().max(800).nullable(),
    sourceUrl: z.url().max(500).nullable(),
    descriptionNl: z.string().max(1000),
    descriptionEn: z.string().max(1000),
  })
  .refine((s) => s.validUntil === null || s.validUntil >= s.validFrom, {
    message: 'De einddatum ligt voor de begindatum.',
    path: ['validUntil'],
  })
  .refine((s) => s.certainty === 'certain' || (s.uncertainNote ?? '').trim().length > 0, {
    message: 'Zeg bij een onzekere regel wat er onzeker is.',
    path: ['uncertainNote'],
  });
export type FundingSchemeData = z.infer<typeof fundingSchemeSchema>;

/** A scheme as stored: the data plus when and by whom it was last changed (null for the shipped version). */
export const storedFundingSchemeSchema = fundingSchemeSchema.and(
  z.object({ version: z.number().int().min(0), updatedAt: isoDateTime.nullable() }),
);
export type StoredFundingScheme = z.infer<typeof storedFundingSchemeSchema>;

/** Whether a scheme can pay for a course that starts on `startDate`: ended schemes only for earlier starts. */
export function validOn(scheme: Pick<FundingSchemeData, 'validFrom' | 'validUntil'>, startDate: string): boolean {
  return startDate >= scheme.validFrom && (scheme.validUntil === null || startDate <= scheme.validUntil);
}
