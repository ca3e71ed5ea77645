import type { TravelMode } from '../schemas/profile.ts';

/**
 * The one home of distance and travel time: the search engine (radius, nearest first), the matching
 * engine (reach, travel minutes), the Meilisearch adapter and the tests all use these formulas.
 */
export const earthRadiusKm = 6371.0088;
const toRad = Math.PI / 180;

/**
 * The haversine term a = sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2). It grows with distance, so the
 * search engine compares terms for radius checks and sorting and turns only returned hits into km.
 */
export function haversineTerm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const s1 = Math.sin(((lat2 - lat1) * toRad) / 2);
  const s2 = Math.sin(((lon2 - lon1) * toRad) / 2);
  return s1 * s1 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * s2 * s2;
}

/** Great-circle km for a haversine term. */
export function kmFromHaversineTerm(a: number): number {
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** The haversine term of a radius; a negative radius matches nothing (not even the centre). */
export function haversineTermFromKm(km: number): number {
  if (km < 0) return -1;
  const s = Math.sin(Math.min(Math.PI / 2, km / (2 * earthRadiusKm)));
  return s * s;
}

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return kmFromHaversineTerm(haversineTerm(lat1, lon1, lat2, lon2));
}

/**
 * Distances for the matching engine's scoring loop without trigonometry per vacancy: every point is
 * stored once as a unit vector, the straight-line chord between two vectors gives the great-circle
 * distance exactly (2R asin(chord / 2)), and for regional distances asin is summed as its series,
 * which agrees with haversineKm to about 1e-12 km. Out-of-reach points are rejected on the squared
 * chord, before any square root.
 */
export interface UnitVector {
  x: number;
  y: number;
  z: number;
}

export function unitVector(lat: number, lon: number): UnitVector {
  const la = lat * toRad;
  const lo = lon * toRad;
  return { x: Math.cos(la) * Math.cos(lo), y: Math.cos(la) * Math.sin(lo), z: Math.sin(la) };
}

/** Great-circle km from a squared chord between unit vectors. */
export function kmFromChord2(chord2: number): number {
  const h = Math.sqrt(chord2) / 2;
  if (h > 0.01) return 2 * earthRadiusKm * Math.asin(Math.min(1, h));
  // asin series: the next term is below 1e-19 for h <= 0.01 (up to ~127 km).
  const h2 = h * h;
  return 2 * earthRadiusKm * h * (1 + h2 * (1 / 6 + h2 * (3 / 40 + h2 * (5 / 112))));
}

/** Squared chord for a great-circle distance: the reject threshold for a travel radius. */
export function chord2FromKm(km: number): number {
  const c = 2 * Math.sin(Math.min(Math.PI / 2, km / (2 * earthRadiusKm)));
  return c * c;
}

/**
 * A rough door-to-door travel model per mode. Roads and bike paths are not straight, so distance is
 * multiplied by a detour factor; public transport adds a fixed wait and walk. Rough on purpose: the
 * explanation shows it as an estimate ("ongeveer 25 minuten fietsen").
 */
export const travelModel: Record<TravelMode, { kmPerHour: number; detour: number; fixedMinutes: number }> = {
  fiets: { kmPerHour: 15, detour: 1.25, fixedMinutes: 2 },
  auto: { kmPerHour: 40, detour: 1.3, fixedMinutes: 5 },
  ov: { kmPerHour: 25, detour: 1.35, fixedMinutes: 12 },
};

export function travelMinutes(km: number, mode: TravelMode): number {
  const m = travelModel[mode];
  return m.fixedMinutes + ((km * m.detour) / m.kmPerHour) * 60;
}

/** The straight-line radius someone can reach within `maxMinutes` by `mode` (inverse of travelMinutes). */
export function reachKm(maxMinutes: number, mode: TravelMode): number {
  const m = travelModel[mode];
  return Math.max(0, ((maxMinutes - m.fixedMinutes) / 60) * (m.kmPerHour / m.detour));
}
