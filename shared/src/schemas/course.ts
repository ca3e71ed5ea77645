import { z } from 'zod';
import { entityId, euros, isoDate, isoDateTime, nlqfLevel, occupationUri, shortText, skillUri } from './common.ts';
import { locationSchema } from './vacancy.ts';

export const courseModes = ['klassikaal', 'online', 'blended', 'bbl'] as const;
export const courseMode = z.enum(courseModes);
export type CourseMode = z.infer<typeof courseMode>;

export const courseModeLabelsNl: Record<CourseMode, string> = {
  klassikaal: 'In een klas',
  online: 'Online',
  blended: 'Deels online, deels in een klas',
  bbl: 'Leren en werken (BBL)',
};

/** Funding a course can qualify for; see docs/domain.md for the rules behind each. */
export const fundingSchemes = ['stap', 'nl-leert-door', 'praktijkleren', 'werkgever'] as const;
export const fundingScheme = z.enum(fundingSchemes);
export type FundingScheme = z.infer<typeof fundingScheme>;

export const fundingLabelsNl: Record<FundingScheme, string> = {
  stap: 'STAP-budget (tot € 1.000)',
  'nl-leert-door': 'NL leert door (gratis)',
  praktijkleren: 'Subsidie praktijkleren (via werkgever)',
  werkgever: 'Betaald door de werkgever',
};

export const providerKinds = ['roc', 'hogeschool', 'bedrijfsschool', 'particulier', 'netwerk'] as const;
export const providerSchema = z.object({
  id: entityId('prv'),
  name: z.string(),
  kind: z.enum(providerKinds),
  municipality: z.string(),
  postcode: z.string(),
  /** Whether the provider exists in the region's sources; fictional demo providers say false. */
  real: z.boolean(),
});
export type Provider = z.infer<typeof providerSchema>;

export const courseStatuses = ['open', 'closed'] as const;

export const courseSchema = z.object({
  id: entityId('crs'),
  title: shortText(3, 160, 'De naam van de opleiding'),
  providerId: entityId('prv'),
  providerName: z.string(),
  providerKind: z.enum(providerKinds),
  description: shortText(20, 5000, 'De omschrijving'),
  skillsTaught: z.array(skillUri).min(1).max(80),
  targetOccupations: z.array(occupationUri).max(20),
  nlqfLevel,
  durationWeeks: z.number().int().min(1).max(208),
  hoursPerWeek: z.number().int().min(1).max(40),
  mode: courseMode,
  /** Null for courses that are online only. */
  location: locationSchema.nullable(),
  startDates: z.array(isoDate).max(24),
  price: euros,
  funding: z.array(fundingScheme),
  status: z.enum(courseStatuses),
  demo: z.boolean(),
  version: z.number().int().min(1),
  updatedAt: isoDateTime,
});
export type Course = z.infer<typeof courseSchema>;
