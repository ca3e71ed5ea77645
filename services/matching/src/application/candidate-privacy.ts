import { createHmac } from 'node:crypto';
import { haversineKm } from '@werkbrug/shared/region/geo';
import { lookupPostcode, municipalities, postcodeAreas } from '@werkbrug/shared/region/postcodes';

/**
 * What an employer may learn about where a candidate lives: the municipality, no more. Employers
 * could post one vacancy at several postcodes and intersect the distances they are shown
 * (trilateration), so exact figures would give away the PC4 area. Therefore:
 * - every candidate is matched for employers from the centre of their municipality, so each score,
 *   component and ranking an employer sees is the same for every postcode in that municipality;
 * - distance and travel time are shown only in coarse bands, and the summary drops its minutes;
 * - a candidate id is an HMAC of vacancy and profile under a secret key: different for every
 *   vacancy, and without the key it says nothing about the profile id.
 */

/** The PC4 area nearest each municipality's population-weighted centre: where its people are placed. */
const centreOf = new Map(
  municipalities.map((m) => {
    const areas = postcodeAreas.filter((a) => a.municipality === m.name);
    const nearest = areas.reduce((best, a) =>
      haversineKm(a.lat, a.lon, m.lat, m.lon) < haversineKm(best.lat, best.lon, m.lat, m.lon) ? a : best,
    );
    return [m.name, nearest.pc4] as const;
  }),
);

/** The postcode employers' matching uses for someone living at `postcode`: their municipality's centre. */
export function coarsePostcode(postcode: string): string {
  const area = lookupPostcode(postcode);
  return (area && centreOf.get(area.municipality)) ?? postcode;
}

export const distanceBands = ['UNDER_5_KM', 'KM_5_TO_10', 'KM_10_TO_20', 'OVER_20_KM'] as const;
export type DistanceBand = (typeof distanceBands)[number];
export const travelBands = ['UNDER_15_MIN', 'MIN_15_TO_30', 'MIN_30_TO_45', 'MIN_45_TO_60', 'OVER_60_MIN'] as const;
export type TravelBand = (typeof travelBands)[number];

export function distanceBand(km: number): DistanceBand {
  return km < 5 ? 'UNDER_5_KM' : km < 10 ? 'KM_5_TO_10' : km < 20 ? 'KM_10_TO_20' : 'OVER_20_KM';
}

export function travelBand(minutes: number): TravelBand {
  if (minutes < 15) return 'UNDER_15_MIN';
  if (minutes < 30) return 'MIN_15_TO_30';
  if (minutes < 45) return 'MIN_30_TO_45';
  return minutes < 60 ? 'MIN_45_TO_60' : 'OVER_60_MIN';
}

/** The summary (Dutch or English) without any sentence that gives minutes or kilometres: the bands say that. */
export function withoutTrip(summary: string): string {
  return summary
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/\d+([.,]\d+)?\s*(minuten|minuut|minutes?|min\b|km|kilomet(er|re)s?)/i.test(sentence))
    .join(' ');
}

/** Candidate ids for one key: `kan_` and 16 characters of HMAC-SHA256(vacancy id, profile id). */
export function candidateIds(key: string) {
  return (vacancyId: string, profileId: string) =>
    `kan_${createHmac('sha256', key).update(`${vacancyId}\u0000${profileId}`).digest('base64url').slice(0, 16)}`;
}
