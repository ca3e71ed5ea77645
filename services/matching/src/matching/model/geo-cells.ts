import { earthRadiusKm } from '@werkbrug/shared/region/geo';

/**
 * A coarse spatial key per vacancy, so the scan rejects a vacancy far from the person with one table look-up
 * instead of the hard filters and a distance: at national scale nine in ten vacancies lie out of reach.
 *
 * Cells are 1/32 degree of latitude by 1/32 degree of longitude (about 3.5 by 2.1 km here). A key keeps the
 * low 7 bits of each cell number, so one key also stands for cells 4 degrees apart (the Netherlands spans
 * about 3); the table of a request (16 KB)
 * marks every key whose cells may lie within reach, and the exact check (hard-filters.ts) still decides.
 * A marked key is never wrong to pass, an unmarked one never holds a vacancy in reach.
 */
const perDegree = 32;
const bits = 7;
const mask = (1 << bits) - 1;
export const cellKeyCount = 1 << (2 * bits);

export function cellKey(lat: number, lon: number): number {
  return ((Math.floor(lat * perDegree) & mask) << bits) | (Math.floor(lon * perDegree) & mask);
}

const toRad = Math.PI / 180;

/**
 * Marks the keys of every cell that holds a point within `km` (great-circle) of (lat, lon), with a cell's
 * margin. Returns false, marking nothing, when the reach is too wide for keys to tell places apart (then
 * every vacancy must be checked).
 */
export function markCellsNear(lat: number, lon: number, km: number, into: Uint8Array): boolean {
  const r = km / earthRadiusKm;
  if (!(r < 0.5)) return false;
  const dLat = r / toRad;
  const latMin = lat - dLat;
  const latMax = lat + dLat;
  if (latMin <= -85 || latMax >= 85) return false;
  // The widest longitude a point within reach can differ by (the tangent points of the small circle).
  const dLon = Math.asin(Math.min(1, Math.sin(r) / Math.cos(lat * toRad))) / toRad;
  const rowFirst = Math.floor(latMin * perDegree) - 1;
  const rowLast = Math.floor(latMax * perDegree) + 1;
  const colFirst = Math.floor((lon - dLon) * perDegree) - 1;
  const colLast = Math.floor((lon + dLon) * perDegree) + 1;
  if (rowLast - rowFirst >= mask || colLast - colFirst >= mask) return false;
  for (let row = rowFirst; row <= rowLast; row++) {
    const high = (row & mask) << bits;
    for (let col = colFirst; col <= colLast; col++) into[high | (col & mask)] = 1;
  }
  return true;
}
