import { z } from 'zod';
import { euros, isoDate, nlqfLevel, occupationUri, postcode, shortText, skillUri } from '../schemas/common.ts';
import { certificateList } from '../schemas/certificate.ts';
import { signUpSchema } from '../schemas/contact.ts';
import { courseKind, courseMode, entryRequirementsSchema, noEntryRequirements } from '../schemas/course.ts';
import { durationProblem } from './course-kinds.ts';

/**
 * A course as a provider delivers it (through an import or the API); the service adds the provider, the place
 * and the id. The rules here are the product's rules for every course, whatever its source: a way to sign up,
 * a start date, and a duration inside its kind's documented range.
 */
export const courseInputSchema = z
  .object({
    title: shortText(3, 160, 'De naam van de opleiding'),
    kind: courseKind,
    description: shortText(20, 5000, 'De omschrijving'),
    crebo: z
      .string()
      .regex(/^\d{5}$/, { message: 'Een crebonummer heeft 5 cijfers.' })
      .nullable()
      .default(null),
    skillsTaught: z
      .array(skillUri)
      .min(1, { message: 'Noem minstens 1 vaardigheid die je leert.' })
      .max(80, { message: 'Noem hoogstens 80 vaardigheden.' }),
    givesCertificates: certificateList.default([]),
    targetOccupations: z
      .array(occupationUri)
      .min(1, { message: 'Noem minstens 1 beroep waarvoor de opleiding is.' })
      .max(20, { message: 'Noem hoogstens 20 beroepen.' }),
    nlqfLevel,
    entry: entryRequirementsSchema.default(noEntryRequirements),
    durationWeeks: z
      .number({ message: 'Vul de duur in weken in.' })
      .int({ message: 'Vul de duur in hele weken in.' })
      .min(1, { message: 'Een opleiding duurt minstens 1 week.' })
      .max(260, { message: 'Een opleiding duurt hoogstens 260 weken.' }),
    hoursPerWeek: z
      .number({ message: 'Vul het aantal uren per week in.' })
      .int()
      .min(1, { message: 'Vul minstens 1 uur per week in.' })
      .max(40, { message: 'Vul hoogstens 40 uur per week in.' }),
    mode: courseMode,
    /** Where it is taught; null only for online courses. */
    postcode: postcode.nullable(),
    address: z.string().trim().max(160).nullable().default(null),
    startDates: z
      .array(isoDate)
      .min(1, { message: 'Noem minstens 1 startdatum.' })
      .max(24, { message: 'Noem hoogstens 24 startdata.' }),
    places: z.number().int().min(1).max(10_000).nullable().default(null),
    price: euros,
    priceNote: z.string().trim().max(500).nullable().default(null),
    employerName: z.string().trim().max(200).nullable().default(null),
    jobGuarantee: z.boolean().default(false),
    signUp: signUpSchema,
  })
  .superRefine((c, ctx) => {
    const problem = durationProblem(c.kind, c.nlqfLevel, c.durationWeeks);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['durationWeeks'] });
    if (c.postcode === null && c.mode !== 'online')
      ctx.addIssue({ code: 'custom', message: 'Vul de postcode in van de plek waar de les is.', path: ['postcode'] });
    if (c.jobGuarantee && !c.employerName)
      ctx.addIssue({
        code: 'custom',
        message: 'Bij een baangarantie hoort de naam van de werkgever.',
        path: ['employerName'],
      });
  });
export type CourseInput = z.infer<typeof courseInputSchema>;
