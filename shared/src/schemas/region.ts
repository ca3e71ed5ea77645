import { z } from 'zod';
import { pc4 } from './common.ts';

/** The seven municipalities of the labour-market region Zuid-Kennemerland en IJmond. */
export const regionMunicipalities = [
  'Haarlem',
  'Zandvoort',
  'Heemstede',
  'Bloemendaal',
  'Velsen',
  'Beverwijk',
  'Heemskerk',
] as const;

export const municipalitySchema = z.object({
  name: z.string(),
  inRegion: z.boolean(),
  corop: z.string(),
  inhabitants: z.number().int(),
  /** Population-weighted centroid: where people actually live, better than the area centroid. */
  lat: z.number(),
  lon: z.number(),
  pc4: z.array(pc4),
  places: z.array(z.string()),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const postcodeAreaSchema = z.object({
  pc4,
  place: z.string(),
  municipality: z.string(),
  inRegion: z.boolean(),
  inhabitants: z.number().int(),
  lat: z.number(),
  lon: z.number(),
});
export type PostcodeArea = z.infer<typeof postcodeAreaSchema>;
