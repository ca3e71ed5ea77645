import { z } from 'zod';
import { euros, nlqfLevel, occupationUri, shortText, skillUri } from '../schemas/common.ts';
import { certificateList } from '../schemas/certificate.ts';
import { signUpSchema } from '../schemas/contact.ts';
import { courseKind, courseMode, entryRequirementsSchema } from '../schemas/course.ts';

/**
 * One course of the curated demo catalogue (shared/curation/courses/courses.jsonl) as a provider publishes it:
 * the same course at each of its start moments. The seed turns entries into concrete offerings (a location and
 * dated starts); scripts/taxonomy/build-routes.ts checks every entry against this schema and its kind's range.
 */
export const catalogueEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{4,64}$/),
  title: shortText(3, 160, 'De naam van de opleiding'),
  kind: courseKind,
  providerId: z.string(),
  nlqfLevel,
  crebo: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  durationWeeks: z.number().int().min(1),
  hoursPerWeek: z.number().int().min(1).max(40),
  mode: courseMode,
  price: euros,
  priceNote: z.string().nullable(),
  places: z.number().int().min(1).nullable(),
  /** Months (1-12) in which the course starts. */
  startMonths: z.array(z.number().int().min(1).max(12)).min(1).max(12),
  entry: entryRequirementsSchema,
  givesCertificates: certificateList,
  targetOccupations: z.array(occupationUri).min(1).max(20),
  skills: z.array(skillUri).min(1).max(80),
  jobGuarantee: z.boolean(),
  employerName: z.string().nullable(),
  signUp: signUpSchema,
  description: shortText(20, 5000, 'De omschrijving'),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
