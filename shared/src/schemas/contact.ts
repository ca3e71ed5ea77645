import { z } from 'zod';

/**
 * How to reach someone: a web address, an e-mail address or a phone number. Used where a person acts on what
 * they found: applying for a vacancy, signing up for a course. Messages are plain Dutch (B1).
 */

/** Only web addresses people can open: http(s), never `javascript:` or `file:`. */
export const webAddress = z
  .url({ protocol: /^https?$/, message: 'Vul een webadres in dat begint met https:// of http://.' })
  .max(500, { message: 'Dit webadres is te lang (hoogstens 500 tekens).' });

export const emailAddress = z
  .email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.' })
  .max(200, { message: 'Dit e-mailadres is te lang.' });

/** Dutch and international numbers as people write them: 023-555 10 01, +31 6 12345678, (023) 555 1001. */
export const phoneNumber = z
  .string()
  .trim()
  .max(30, { message: 'Dit telefoonnummer is te lang.' })
  .regex(/^\+?[0-9][0-9 ()-]{6,28}$/, {
    message: 'Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 023-555 10 01.',
  })
  .refine((s) => s.replace(/\D/g, '').length >= 9, { message: 'Een telefoonnummer heeft minstens 9 cijfers.' });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

/** The ways to reach someone; at least one of web address, e-mail or phone. */
const reachFields = {
  url: optional(webAddress).default(null),
  email: optional(emailAddress).default(null),
  phone: optional(phoneNumber).default(null),
};
const applyMessage = 'Vul in hoe mensen kunnen solliciteren: een webadres, een e-mailadres of een telefoonnummer.';
const signUpMessage = 'Vul in hoe mensen zich kunnen aanmelden: een webadres, een e-mailadres of een telefoonnummer.';
const hasAWay = (c: { url: string | null; email: string | null; phone: string | null }) =>
  c.url !== null || c.email !== null || c.phone !== null;

/** How to apply for a vacancy: a link, an e-mail address or a phone number, and who to ask. */
export const applicationSchema = z
  .object(
    {
      ...reachFields,
      contactName: optional(
        z.string().trim().max(120, { message: 'De naam is te lang (hoogstens 120 tekens).' }),
      ).default(null),
    },
    { error: applyMessage },
  )
  .refine(hasAWay, { message: applyMessage, path: ['url'] });
export type Application = z.infer<typeof applicationSchema>;

/** How to sign up for a course. */
export const signUpSchema = z
  .object(
    {
      ...reachFields,
      /** What to do first, e.g. "Eerst een intakegesprek"; null when nothing special. */
      note: optional(z.string().trim().max(300)).default(null),
    },
    { error: signUpMessage },
  )
  .refine(hasAWay, { message: signUpMessage, path: ['url'] });
export type SignUp = z.infer<typeof signUpSchema>;
