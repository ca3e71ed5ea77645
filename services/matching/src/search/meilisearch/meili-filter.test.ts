import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoRadius, quote, toMeiliFilter, toMeiliSort } from './meili-filter.ts';

const fields = new Set(['sector', 'level', 'bbl', 'funding']);

describe('Meilisearch filter strings', () => {
  it('translates every kind of filter', () => {
    expect(
      toMeiliFilter(
        {
          and: [
            { field: 'sector', in: ['healthcare', 'ict'] },
            { field: 'level', gte: 2, lte: 4 },
            { not: { field: 'bbl', eq: true } },
          ],
        },
        fields,
      ),
    ).toBe('(sector IN ["healthcare", "ict"]) AND (level >= 2 AND level <= 4) AND (NOT (bbl = true))');
    expect(
      toMeiliFilter(
        {
          or: [
            { field: 'funding', eq: 'stap' },
            { field: 'level', lt: 3 },
          ],
        },
        fields,
      ),
    ).toBe('(funding = "stap") OR (level < 3)');
    expect(toMeiliFilter(undefined, fields)).toBeUndefined();
  });

  it('refuses fields that are not filterable and numbers that are not finite', () => {
    expect(() => toMeiliFilter({ field: 'password', eq: 'x' }, fields)).toThrow(/not a filterable field/);
    expect(() => toMeiliFilter({ field: 'level', gte: Number.NaN }, fields)).toThrow(/finite/);
  });

  it('keeps any string a single quoted value, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = quote(s);
        // Unescaping the literal gives back exactly the input: no quote or backslash breaks out.
        const inner = q.slice(1, -1);
        expect(inner.replace(/\\(["\\])/g, '$1')).toBe(s);
        expect(/(^|[^\\])(\\\\)*"/.test(inner)).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(toMeiliFilter({ field: 'sector', eq: '" OR 1=1' }, fields)).toBe('sector = "\\" OR 1=1"');
  });

  it('builds geo radius and sort expressions', () => {
    expect(geoRadius(52.38, 4.64, 10)).toBe('_geoRadius(52.38, 4.64, 10000)');
    expect(
      toMeiliSort([{ geoDistance: 'asc' }, { field: 'postedDay', order: 'desc' }], { lat: 52.38, lng: 4.64 }),
    ).toEqual(['_geoPoint(52.38, 4.64):asc', 'postedDay:desc']);
  });
});
