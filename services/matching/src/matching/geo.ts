/**
 * Distances for the scoring loop without trigonometry per vacancy: every point is stored once as a
 * unit vector, the straight-line chord between two vectors gives the great-circle distance exactly
 * (2R asin(chord / 2)), and for regional distances asin is summed as its series, which agrees with
 * haversineKm of shared/region/geo to about 1e-12 km. Out-of-reach points are rejected on the squared
 * chord, before any square root.
 */
export const earthRadiusKm = 6371.0088;
const toRad = Math.PI / 180;

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
