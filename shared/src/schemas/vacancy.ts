import { z } from 'zod';
import {
  entityId,
  geoPoint,
  isoDate,
  isoDateTime,
  nlqfLevel,
  occupationUri,
  postcode,
  shortText,
  skillUri,
  weeklyHours,
} from './common.ts';
import { certificateList } from './certificate.ts';
import { applicationSchema } from './contact.ts';
import { sourceRefSchema } from './source.ts';
import { sectorKey } from './taxonomy.ts';

export const contractTypes = ['vast', 'tijdelijk', 'uitzend', 'bbl', 'oproep'] as const;
export const contractType = z.enum(contractTypes, { message: 'Kies een soort contract.' });
export type ContractType = z.infer<typeof contractType>;

export const contractTypeLabelsNl: Record<ContractType, string> = {
  vast: 'Vast contract',
  tijdelijk: 'Tijdelijk contract',
  uitzend: 'Uitzendwerk',
  bbl: 'BBL-leerwerkbaan',
  oproep: 'Oproepcontract',
};

export const vacancyStatuses = ['open', 'closed'] as const;
export const vacancyStatus = z.enum(vacancyStatuses);

export const vacancyId = entityId('vac');
export const employerId = entityId('emp');

const salaryAmount = (what: string) =>
  z
    .number({ message: `Vul het ${what} salaris in als bedrag in euro.` })
    .min(0, { message: `Het ${what} salaris kan niet onder 0 zijn.` })
    .max(1_000_000, { message: `Het ${what} salaris is te hoog.` });

export const salarySchema = z
  .object({
    min: salaryAmount('laagste'),
    max: salaryAmount('hoogste'),
    /** Dutch ads quote gross pay per month; hourly for on-call and agency work. */
    period: z.enum(['maand', 'uur'], { message: 'Kies per maand of per uur.' }),
    caoScale: z.string().max(60, { message: 'De cao en schaal zijn te lang (hoogstens 60 tekens).' }).nullable(),
  })
  .refine((s) => s.max >= s.min, { message: 'Het hoogste salaris moet hoger zijn dan het laagste.', path: ['max'] });

export const locationSchema = z.object({
  postcode,
  address: z.string().max(160).nullable(),
  place: z.string(),
  municipality: z.string(),
  ...geoPoint.shape,
});
export type Location = z.infer<typeof locationSchema>;

const skillList = z.array(skillUri).max(60, { message: 'Kies hoogstens 60 vaardigheden.' });

export const vacancySchema = z.object({
  id: vacancyId,
  title: shortText(3, 120, 'De functietitel'),
  description: shortText(20, 5000, 'De omschrijving'),
  employerId,
  employerName: shortText(2, 120, 'De naam van de werkgever'),
  occupationUri,
  sector: sectorKey,
  location: locationSchema,
  essentialSkills: skillList,
  optionalSkills: skillList,
  nlqfLevel,
  hoursMin: weeklyHours,
  hoursMax: weeklyHours,
  contractType,
  garantiebaan: z.boolean(),
  /** Certificates or licences the employer requires (VCA, rijbewijs C, ...); older bodies default to none. */
  requiredCertificates: certificateList.default([]),
  /** "Ook voor starters": no work experience needed. */
  openToStarters: z.boolean().default(false),
  /** Free text about on-the-job training the employer offers; null when none. */
  trainingOffered: z.string().max(500).nullable(),
  salary: salarySchema.nullable(),
  /**
   * How to apply (link, e-mail or phone, contact person). Every new or imported vacancy has one (the input
   * schema asks for it); it is missing only in bodies stored before it was asked.
   */
  application: applicationSchema.nullish(),
  /** Set for imported vacancies: the job board and its id, so importing again updates instead of duplicating. */
  source: sourceRefSchema.nullish(),
  postedAt: isoDate,
  validThrough: isoDate,
  status: vacancyStatus,
  /** Every seeded record says so: the employers and people in it are fictional. */
  demo: z.boolean(),
  version: z.number().int().min(1),
  updatedAt: isoDateTime,
});
export type Vacancy = z.infer<typeof vacancySchema>;

/** What an employer sends to post or change a vacancy; the service fills in the rest. */
export const vacancyInputSchema = z
  .object({
    title: vacancySchema.shape.title,
    description: vacancySchema.shape.description,
    occupationUri,
    postcode,
    address: z.string().trim().max(160).nullable().default(null),
    essentialSkills: skillList.min(1, { message: 'Kies minstens 1 vaardigheid die nodig is.' }),
    optionalSkills: skillList.default([]),
    nlqfLevel,
    hoursMin: weeklyHours,
    hoursMax: weeklyHours,
    contractType,
    garantiebaan: z.boolean().default(false),
    requiredCertificates: certificateList.default([]),
    openToStarters: z.boolean().default(false),
    trainingOffered: z.string().trim().max(500).nullable().default(null),
    salary: salarySchema.nullable().default(null),
    application: applicationSchema,
    validThrough: isoDate,
  })
  .refine((v) => v.hoursMax >= v.hoursMin, {
    message: 'Het hoogste aantal uren moet minstens zo hoog zijn als het laagste.',
    path: ['hoursMax'],
  })
  .refine((v) => !v.essentialSkills.some((s) => v.optionalSkills.includes(s)), {
    message: 'Een vaardigheid kan niet tegelijk nodig en handig zijn.',
    path: ['optionalSkills'],
  });
export type VacancyInput = z.infer<typeof vacancyInputSchema>;
