/**
 * The geo column: every document's point in radians with its cosine, so a query computes the
 * haversine term (shared/region/geo.ts) to each hit without converting degrees per document. Radius
 * checks and distance sorting compare terms, which grow monotonically with distance; the asin/sqrt
 * that turn a term into kilometres run only for the hits actually returned.
 */

import { growTyped } from './int-list.ts';

const RAD = Math.PI / 180;

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
   * The same expression as haversineTerm() of shared/region/geo.ts, over the precomputed columns.
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
      if (Number.isNaN(phi)) {
        out[i] = Infinity;
        continue;
      }
      const s1 = Math.sin((phi - lat0) * 0.5);
      const s2 = Math.sin(((ln[s] as number) - lng0) * 0.5);
      out[i] = s1 * s1 + cos0 * (cl[s] as number) * s2 * s2;
    }
  }

  /**
   * Radius filter fused with aFor(): keeps the slots of `slots[0..n)` whose term is <= `max`, compacting
   * `slots` in place with their terms in `out`, and returns how many remain. A document's term is at
   * least sin²(Δφ/2), so everything outside the latitude band |Δφ| <= 2·asin(√max) is dropped on one
   * subtraction, before any trigonometry: at national scale most text matches lie in other cities.
   * The band gets a tiny margin against rounding; the exact term still decides inside it.
   */
  within(lat: number, lng: number, max: number, slots: Int32Array, n: number, out: Float64Array): number {
    const lat0 = lat * RAD;
    const lng0 = lng * RAD;
    const cos0 = Math.cos(lat0);
    const band = max >= 1 ? Infinity : 2 * Math.asin(Math.sqrt(max)) + 1e-9; // NaN (max < 0) keeps nothing
    const la = this.lat;
    const ln = this.lng;
    const cl = this.cosLat;
    let w = 0;
    for (let i = 0; i < n; i++) {
      const s = slots[i] as number;
      const dPhi = (la[s] as number) - lat0;
      if (!(Math.abs(dPhi) <= band)) continue; // also drops NaN: documents without a point
      const s1 = Math.sin(dPhi * 0.5);
      const s2 = Math.sin(((ln[s] as number) - lng0) * 0.5);
      const a = s1 * s1 + cos0 * (cl[s] as number) * s2 * s2;
      if (a <= max) {
        slots[w] = s;
        out[w++] = a;
      }
    }
    return w;
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
