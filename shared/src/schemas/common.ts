import { z } from 'zod';

/**
 * Building blocks shared by every domain schema. Messages are plain Dutch (B1): they reach people
 * through the API's input errors and through the web forms, which use these same schemas.
 */

export const idPattern = /^[a-z]{2,4}_[A-Za-z0-9_-]{4,64}$/;

/** Ids look like `vac_…`, `crs_…`: a short kind prefix keeps them readable in logs and URLs. */
export const entityId = (prefix: string) =>
  z
    .string()
    .max(72, { message: 'Deze code is te lang.' })
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{4,64}$`), { message: 'Deze code klopt niet.' });

export const escoUri = (kind: 'occupation' | 'skill') =>
  z
    .string()
    .max(200)
    .regex(new RegExp(`^http://data\\.europa\\.eu/esco/${kind}/[0-9a-f-]{36}$`), {
      message: kind === 'skill' ? 'Deze vaardigheid kennen we niet.' : 'Dit beroep kennen we niet.',
    });

export const skillUri = escoUri('skill');
export const occupationUri = escoUri('occupation');

/** A Dutch PC4 area: four digits, not starting with 0. */
export const pc4 = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3}$/, { message: 'Vul een postcode in met 4 cijfers, bijvoorbeeld 2011.' });

/** A full Dutch postcode (`2011 AB`) or a PC4 area; normalised to upper case without double spaces. */
export const postcode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s+/g, ' '))
  .pipe(
    z.string().regex(/^[1-9][0-9]{3}( ?[A-Z]{2})?$/, {
      message: 'Vul een geldige postcode in, bijvoorbeeld 2011 AB of 2011.',
    }),
  );

/** The PC4 part of any accepted postcode. */
export function pc4Of(code: string): string {
  return code.trim().slice(0, 4);
}

export const nlqfLevel = z
  .number({ message: 'Kies een niveau van 1 tot en met 8.' })
  .int({ message: 'Kies een niveau van 1 tot en met 8.' })
  .min(1, { message: 'Kies een niveau van 1 tot en met 8.' })
  .max(8, { message: 'Kies een niveau van 1 tot en met 8.' });

export const weeklyHours = z
  .number({ message: 'Vul een aantal uren per week in.' })
  .int({ message: 'Vul hele uren in.' })
  .min(1, { message: 'Vul minstens 1 uur per week in.' })
  .max(60, { message: 'Vul hoogstens 60 uur per week in.' });

export const isoDate = z.iso.date({ message: 'Vul een datum in als JJJJ-MM-DD.' });
export const isoDateTime = z.iso.datetime({ offset: true });

export const geoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof geoPoint>;

export const outlooks = ['growing', 'stable', 'shrinking'] as const;
export const outlook = z.enum(outlooks);
export type Outlook = z.infer<typeof outlook>;

export const outlookLabelsNl: Record<Outlook, string> = {
  growing: 'Groeiende sector',
  stable: 'Stabiele sector',
  shrinking: 'Krimpende sector',
};

/** Short free text (titles, names): trimmed, bounded, no control characters. */
export const shortText = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `${what} is te kort (minstens ${min} tekens).` })
    .max(max, { message: `${what} is te lang (hoogstens ${max} tekens).` })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      message: `${what} bevat tekens die niet zijn toegestaan.`,
    });

export const euros = z.number().min(0).max(1_000_000);

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this rule
const unwanted = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Text as Werkbrug keeps it: composed Unicode (NFC, so "cliënten" is one spelling), line ends as
 * `\n`, and no NUL, control or direction-override characters (they hide text in logs and screens and
 * can break other systems). Tabs and new lines stay. The service applies this to every text input.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(unwanted, '');
}

/** A link people will open: `https:` only (no `javascript:`, `data:` or plain http), at most 500 characters. */
export const httpsLink = z
  .string()
  .trim()
  .max(500, { message: 'Geef een link van hoogstens 500 tekens.' })
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: 'Geef een link die begint met https://.' }));
