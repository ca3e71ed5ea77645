import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineKm } from '@werkbrug/shared/region/geo';
import { cellKey, cellKeyCount, markCellsNear } from './geo-cells.ts';

const toRad = Math.PI / 180;
/** The point `km` away from (lat, lon) in direction `bearing` (degrees) on the sphere. */
function destination(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const d = km / 6371.0088;
  const p1 = lat * toRad;
  const b = bearing * toRad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    lon * toRad + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / toRad, lon: l2 / toRad };
}

describe('cells near a place', () => {
  it('mark the cell of every point within reach, at home and anywhere else', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -70, max: 70, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 360, noNaN: true })), {
          minLength: 1,
          maxLength: 40,
        }),
        (lat, lon, km, points) => {
          const near = new Uint8Array(cellKeyCount);
          if (!markCellsNear(lat, lon, km, near)) return;
          for (const [share, bearing] of points) {
            const p = destination(lat, lon, km * share, bearing);
            expect(haversineKm(lat, lon, p.lat, p.lon)).toBeLessThanOrEqual(km + 1e-6);
            expect(near[cellKey(p.lat, p.lon)]).toBe(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leave most of the country out for a cycling distance, and give up when keys cannot tell places apart', () => {
    const near = new Uint8Array(cellKeyCount);
    expect(markCellsNear(52.38, 4.64, 8, near)).toBe(true);
    expect(near.reduce((n, x) => n + x, 0)).toBeLessThan(200);
    expect(near[cellKey(53.22, 6.57)]).toBe(0);
    expect(markCellsNear(52.38, 4.64, 600, new Uint8Array(cellKeyCount))).toBe(false);
  });
});
