import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineTermFromKm } from '@werkbrug/shared/region/geo';
import { GeoColumn } from '../src/geo.ts';

/** Points across the Netherlands and far beyond, some without a usable point. */
const pointArb = fc.option(
  fc.record({
    lat: fc.double({ min: -89, max: 89, noNaN: true }),
    lng: fc.double({ min: -179, max: 179, noNaN: true }),
  }),
  { nil: undefined },
);
const nlArb = fc.record({
  lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
  lng: fc.double({ min: 3.3, max: 7.3, noNaN: true }),
});

describe('GeoColumn.within', () => {
  it('keeps exactly the slots aFor() puts within the radius, with the same terms and order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pointArb, nlArb), { minLength: 0, maxLength: 60 }),
        nlArb,
        fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.constantFrom(-1, 0, 1e6)),
        (points, center, km) => {
          const geo = new GeoColumn();
          geo.grow(points.length);
          for (const [i, p] of points.entries()) geo.set(i, p);
          const slots = Int32Array.from(points.keys());
          const all = new Float64Array(points.length);
          geo.aFor(center.lat, center.lng, slots, slots.length, all);
          const max = haversineTermFromKm(km);
          const expected = [...slots].filter((_, i) => (all[i] as number) <= max);

          const kept = slots.slice();
          const terms = new Float64Array(points.length);
          const n = geo.within(center.lat, center.lng, max, kept, kept.length, terms);
          expect([...kept.subarray(0, n)]).toEqual(expected);
          expect([...terms.subarray(0, n)]).toEqual(expected.map((s) => all[s] as number));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops documents without a point and keeps the centre itself at radius 0', () => {
    const geo = new GeoColumn();
    geo.grow(3);
    geo.set(0, { lat: 52.38, lng: 4.64 });
    geo.set(1, null);
    geo.set(2, { lat: 52.0, lng: 4.64 });
    const slots = Int32Array.of(0, 1, 2);
    const out = new Float64Array(3);
    expect(geo.within(52.38, 4.64, haversineTermFromKm(0), slots, 3, out)).toBe(1);
    expect(slots[0]).toBe(0);
  });
});
