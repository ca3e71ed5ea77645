/**
 * Geo column and haversine distances.
 *
 * Radius checks and distance sorting compare the haversine term
 * a = sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2), which grows monotonically with
 * distance; the asin/sqrt that turn it into kilometres run only for the hits
 * actually returned.
 */

import { growTyped } from './int-list.ts';

export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const s1 = Math.sin(((lat2 - lat1) * RAD) / 2);
  const s2 = Math.sin(((lng2 - lng1) * RAD) / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return aToKm(a);
}

export function aToKm(a: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** Haversine term for a radius; a negative radius matches nothing (not even the centre). */
export function kmToA(km: number): number {
  if (km < 0) return -1;
  const s = Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)));
  return s * s;
}

export class GeoColumn {
  /** radians, NaN when the document has no usable point */
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  cosLat = new Float64Array(0);

  grow(capacity: number): void {
    this.lat = growTyped(this.lat, capacity, NaN);
    this.lng = growTyped(this.lng, capacity, NaN);
    this.cosLat = growTyped(this.cosLat, capacity, NaN);
  }

  set(slot: number, value: unknown): void {
    const p = value as { lat?: unknown; lng?: unknown } | null | undefined;
    const lat = typeof p?.lat === 'number' ? p.lat : typeof p?.lat === 'string' ? Number(p.lat) : NaN;
    const lng = typeof p?.lng === 'number' ? p.lng : typeof p?.lng === 'string' ? Number(p.lng) : NaN;
    const ok = Number.isFinite(lat) && Number.isFinite(lng);
    this.lat[slot] = ok ? lat * RAD : NaN;
    this.lng[slot] = ok ? lng * RAD : NaN;
    this.cosLat[slot] = ok ? Math.cos(lat * RAD) : NaN;
  }

  /**
   * Haversine term from (lat, lng) in degrees to each slot in `slots[0..n)`,
   * written to `out` aligned with `slots`; Infinity for slots without a point.
   */
  aFor(lat: number, lng: number, slots: Int32Array, n: number, out: Float64Array): void {
    const lat0 = lat * RAD;
    const lng0 = lng * RAD;
    const cos0 = Math.cos(lat0);
    const la = this.lat;
    const ln = this.lng;
    const cl = this.cosLat;
    for (let i = 0; i < n; i++) {
      const s = slots[i] as number;
      const phi = la[s] as number;
      if (phi !== phi) {
        out[i] = Infinity;
        continue;
      }
      const s1 = Math.sin((phi - lat0) * 0.5);
      const s2 = Math.sin(((ln[s] as number) - lng0) * 0.5);
      out[i] = s1 * s1 + cos0 * (cl[s] as number) * s2 * s2;
    }
  }

  compact(remap: Int32Array, count: number): void {
    const size = Math.max(this.lat.length, count);
    const lat = new Float64Array(size).fill(NaN);
    const lng = new Float64Array(size).fill(NaN);
    const cosLat = new Float64Array(size).fill(NaN);
    for (let old = 0; old < remap.length; old++) {
      const to = remap[old] as number;
      if (to < 0) continue;
      lat[to] = this.lat[old] as number;
      lng[to] = this.lng[old] as number;
      cosLat[to] = this.cosLat[old] as number;
    }
    this.lat = lat;
    this.lng = lng;
    this.cosLat = cosLat;
  }
}
