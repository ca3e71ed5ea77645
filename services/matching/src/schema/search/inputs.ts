import { z } from 'zod';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { postcode } from '@werkbrug/shared/schemas/common';
import { builder } from '../builder.ts';
import type { Near } from '../../search/port.ts';
import { invalidInput } from '../../errors.ts';

/** Search pages are offsets behind an opaque cursor, so both engines page the same way. */
export function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidInput([{ path: 'after', message: 'Deze cursor klopt niet.' }]);
  return Number(match[1]);
}

const nearSchema = z
  .object({
    postcode: postcode.nullish(),
    lat: z.number().min(50.5, { message: 'Deze plek ligt niet in Nederland.' }).max(53.7).nullish(),
    lon: z.number().min(3.2, { message: 'Deze plek ligt niet in Nederland.' }).max(7.3).nullish(),
    radiusKm: z
      .number()
      .min(0.5, { message: 'Kies een afstand van minstens 0,5 km.' })
      .max(100, { message: 'Kies een afstand van hoogstens 100 km.' })
      .nullish(),
  })
  .refine((n) => !!n.postcode || (n.lat != null && n.lon != null), {
    message: 'Vul een postcode in, of een plek (lat en lon).',
    path: ['postcode'],
  })
  .refine((n) => !n.postcode || !!lookupPostcode(n.postcode), {
    message: 'Deze postcode kennen we niet. Vul een postcode uit de regio in.',
    path: ['postcode'],
  });

export const NearInput = builder.inputType('NearInput', {
  description:
    'A place (a postcode, or lat/lon) and optionally a radius: with a radius only hits within it are returned.',
  fields: (t) => ({
    postcode: t.string({ required: false, description: 'Dutch postcode, e.g. `2011` or `2011 AB`.' }),
    lat: t.float({ required: false, description: 'Latitude (WGS84).' }),
    lon: t.float({ required: false, description: 'Longitude (WGS84).' }),
    radiusKm: t.float({ required: false, description: 'Only hits within this many kilometres.' }),
  }),
  validate: nearSchema,
});

export function resolveNear(
  near:
    | { postcode?: string | null; lat?: number | null; lon?: number | null; radiusKm?: number | null }
    | null
    | undefined,
): Near | undefined {
  if (!near) return undefined;
  const area = near.postcode ? lookupPostcode(near.postcode) : undefined;
  const lat = area?.lat ?? near.lat;
  const lon = area?.lon ?? near.lon;
  if (lat == null || lon == null) return undefined;
  return { lat, lon, ...(near.radiusKm != null ? { radiusKm: near.radiusKm } : {}) };
}

export const queryArgSchema = z.string().max(200, { message: 'Je zoekvraag is te lang (hoogstens 200 tekens).' });

export const FacetValueType = builder
  .objectRef<{ value: string; label: string; count: number }>('FacetValue')
  .implement({
    description: 'One value of a facet with the number of hits that have it.',
    authScopes: { public: true },
    fields: (t) => ({
      value: t.exposeString('value', { description: 'The value, to pass back in a filter.' }),
      label: t.exposeString('label', { description: 'The value in plain Dutch.' }),
      count: t.exposeInt('count', { description: 'Hits with this value (over all pages).' }),
    }),
  });

export const FacetType = builder
  .objectRef<{ field: string; values: { value: string; label: string; count: number }[] }>('Facet')
  .implement({
    description: 'Counts per value of one field over all hits of the search.',
    authScopes: { public: true },
    fields: (t) => ({
      field: t.exposeString('field', { description: 'Which field.' }),
      values: t.field({
        type: [FacetValueType],
        description: 'Values, most frequent first.',
        resolve: (f) => f.values,
      }),
    }),
  });
