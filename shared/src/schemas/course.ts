import { z } from 'zod';
import { entityId, euros, isoDate, isoDateTime, nlqfLevel, occupationUri, shortText, skillUri } from './common.ts';
import { certificateList } from './certificate.ts';
import { signUpSchema } from './contact.ts';
import { sourceRefSchema } from './source.ts';
import { locationSchema } from './vacancy.ts';

/**
 * The kinds of course the region offers, as providers publish them. Each kind has a documented duration range
 * (shared/src/courses/course-kinds.ts); MBO programmes also have one per level.
 */
export const courseKinds = [
  'mbo-bol',
  'mbo-bbl',
  'mbo-certificaat',
  'praktijkverklaring',
  'kort-certificaat',
  'vakcursus',
  'bootcamp',
  'zij-instroom',
  'associate-degree',
  'hbo-deeltijd',
  'bedrijfsopleiding',
  'leerwerktraject',
  'taal',
  'evc',
  'ontwikkeladvies',
  'orientatie',
] as const;
export const courseKind = z.enum(courseKinds, { message: 'Kies een soort opleiding.' });
export type CourseKind = z.infer<typeof courseKind>;

/** Kinds that end with a diploma at the course's level: afterwards you hold that level. */
export const qualifyingKinds: readonly CourseKind[] = [
  'mbo-bol',
  'mbo-bbl',
  'associate-degree',
  'hbo-deeltijd',
  'zij-instroom',
  'evc',
];

export const courseModes = ['klassikaal', 'online', 'blended', 'bbl', 'werkplek'] as const;
export const courseMode = z.enum(courseModes, { message: 'Kies hoe de opleiding gegeven wordt.' });
export type CourseMode = z.infer<typeof courseMode>;

export const courseModeLabelsNl: Record<CourseMode, string> = {
  klassikaal: 'In een klas',
  online: 'Online',
  blended: 'Deels online, deels in een klas',
  bbl: 'Leren en werken (BBL)',
  werkplek: 'Leren op je werkplek',
};

/**
 * The four funding keys profiles carried before funding became dated data. Kept only so stored profiles still
 * read; the engine no longer uses them: who may use a scheme follows from the person's situation (funding.ts).
 */
export const fundingSchemes = ['stap', 'nl-leert-door', 'praktijkleren', 'werkgever'] as const;
export const fundingScheme = z.enum(fundingSchemes);
export type FundingScheme = z.infer<typeof fundingScheme>;

export const providerKinds = [
  'roc',
  'hogeschool',
  'bedrijfsschool',
  'particulier',
  'netwerk',
  'gemeente',
  'werkgever',
] as const;
export const providerKind = z.enum(providerKinds);
export type ProviderKind = z.infer<typeof providerKind>;

export const providerSchema = z.object({
  id: entityId('prv'),
  name: z.string().min(2).max(160),
  kind: providerKind,
  municipality: z.string(),
  postcode: z.string(),
  /** Whether the provider exists in the region's sources; fictional demo providers say false. */
  real: z.boolean(),
  website: z.string().url().nullable().default(null),
  phone: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
});
export type Provider = z.infer<typeof providerSchema>;

/** Dutch language levels (CEFR) a course can ask for. */
export const dutchLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const dutchLevel = z.enum(dutchLevels, { message: 'Kies een taalniveau van A1 tot en met C2.' });
export type DutchLevel = z.infer<typeof dutchLevel>;

/** What you need before you can start: a level, Dutch at some level, certificates; plus anything else in words. */
export const entryRequirementsSchema = z.object({
  minNlqf: nlqfLevel.nullable(),
  dutchLevel: dutchLevel.nullable(),
  certificates: certificateList,
  note: z.string().trim().max(500).nullable(),
  /**
   * Work experience in one of the course's target occupations is needed (an EVC route recognises what you can
   * already do; without that experience the way in is the regular course).
   */
  experience: z.boolean().default(false),
});
export type EntryRequirements = z.infer<typeof entryRequirementsSchema>;
export const noEntryRequirements: EntryRequirements = {
  minNlqf: null,
  dutchLevel: null,
  certificates: [],
  note: null,
  experience: false,
};

export const courseStatuses = ['open', 'closed'] as const;

export const courseSchema = z.object({
  id: entityId('crs'),
  title: shortText(3, 160, 'De naam van de opleiding'),
  kind: courseKind,
  providerId: entityId('prv'),
  providerName: z.string(),
  providerKind,
  description: shortText(20, 5000, 'De omschrijving'),
  /** Crebo number of an MBO qualification, where known. */
  crebo: z
    .string()
    .regex(/^\d{5}$/, { message: 'Een crebonummer heeft 5 cijfers.' })
    .nullable(),
  skillsTaught: z.array(skillUri).min(1).max(80),
  /** Certificates and licences you hold afterwards (VCA, heftruck, code 95, NT2 B1, ...). */
  givesCertificates: certificateList,
  targetOccupations: z.array(occupationUri).max(20),
  nlqfLevel,
  entry: entryRequirementsSchema,
  durationWeeks: z.number().int().min(1).max(260),
  hoursPerWeek: z.number().int().min(1).max(40),
  mode: courseMode,
  /** Null for courses that are online only. */
  location: locationSchema.nullable(),
  startDates: z.array(isoDate).max(24),
  /** Places per start; null when the provider does not say. */
  places: z.number().int().min(1).max(10_000).nullable(),
  /** Total price for the participant before any funding, in euros (0 when an employer or school board pays). */
  price: euros,
  priceNote: z.string().max(500).nullable(),
  /**
   * The employer who hires you for this course (learn-work route, company school). Null when you need to find a
   * learn-work job yourself (a BBL course at a ROC) or when no job comes with it.
   */
  employerName: z.string().max(200).nullable(),
  /** A job at the end, promised by the employer. */
  jobGuarantee: z.boolean(),
  signUp: signUpSchema,
  /** Set for imported courses: the provider's system and id, so importing again updates instead of duplicating. */
  source: sourceRefSchema.nullable().default(null),
  status: z.enum(courseStatuses),
  demo: z.boolean(),
  version: z.number().int().min(1),
  updatedAt: isoDateTime,
});
export type Course = z.infer<typeof courseSchema>;
