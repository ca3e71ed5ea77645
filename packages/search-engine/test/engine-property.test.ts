import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../src/engine.ts';
import { filterKinds, matchesFilter } from './filter-reference.ts';
import { haversineKm } from '@werkbrug/shared/region/geo';
import type { EngineSchema, Filter } from '../src/schema.ts';

const CITIES = ['Haarlem', 'Velsen', 'Zandvoort', 'haarlem'];
const TAGS = ['a', 'b', 'c', 'd'];

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [{ field: 'title', weight: 1 }],
  filterable: [
    { field: 'city', kind: 'keyword' },
    { field: 'tags', kind: 'keywords' },
    { field: 'hours', kind: 'number' },
    { field: 'remote', kind: 'boolean' },
  ],
  sortable: ['hours'],
  geoField: 'loc',
  synonyms: [],
};

const docArb = fc.record(
  {
    title: fc.constantFrom('monteur', 'kok', 'monteur kok', 'zorg'),
    city: fc.constantFrom(...CITIES),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
    hours: fc.integer({ min: 0, max: 40 }),
    remote: fc.boolean(),
    loc: fc.record({
      lat: fc.double({ min: 52.2, max: 52.6, noNaN: true }),
      lng: fc.double({ min: 4.4, max: 4.9, noNaN: true }),
    }),
  },
  { requiredKeys: ['title'] },
);

const leafArb: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({ field: fc.constant('city'), eq: fc.constantFrom(...CITIES, 'none') }),
  fc.record({ field: fc.constant('city'), in: fc.array(fc.constantFrom(...CITIES), { maxLength: 3 }) }),
  fc.record({ field: fc.constant('tags'), eq: fc.constantFrom(...TAGS) }),
  fc.record({ field: fc.constant('tags'), in: fc.array(fc.constantFrom(...TAGS), { maxLength: 2 }) }),
  fc.record({ field: fc.constant('hours'), eq: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ field: fc.constant('hours'), in: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }) }),
  fc.record(
    {
      field: fc.constant('hours'),
      gte: fc.integer({ min: 0, max: 40 }),
      lte: fc.integer({ min: 0, max: 40 }),
      gt: fc.integer({ min: 0, max: 40 }),
      lt: fc.integer({ min: 0, max: 40 }),
    },
    { requiredKeys: ['field'] },
  ),
  fc.record({ field: fc.constant('remote'), eq: fc.boolean() }),
);

const filterArb: fc.Arbitrary<Filter> = fc.letrec<{ f: Filter }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ and: fc.array(tie('f'), { maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('f'), { maxLength: 3 }) }),
    fc.record({ not: tie('f') }),
  ),
})).f;

const geoArb = fc.option(
  fc.record({
    lat: fc.double({ min: 52.3, max: 52.5, noNaN: true }),
    lng: fc.double({ min: 4.5, max: 4.8, noNaN: true }),
    radiusKm: fc.double({ min: 0.5, max: 25, noNaN: true }),
  }),
  { nil: undefined },
);

describe('filter + geo property', () => {
  it('matches a brute-force reference on random documents', () => {
    const kinds = filterKinds(schema);
    fc.assert(
      fc.property(
        fc.array(docArb, { maxLength: 60 }),
        fc.option(filterArb, { nil: undefined }),
        geoArb,
        fc.constantFrom(undefined, 'monteur', 'kok'),
        fc.array(fc.nat({ max: 59 }), { maxLength: 20 }),
        (raw, filter, geo, q, removed) => {
          const docs = raw.map((d, i) => ({ ...d, id: `d${i}` }) as Record<string, unknown> & { id: string });
          const engine = createSearchEngine<(typeof docs)[number]>(schema);
          engine.upsert(docs);
          const gone = new Set(removed.map((i) => `d${i}`));
          engine.remove([...gone]);
          const expected = docs
            .filter((d) => !gone.has(d.id))
            .filter((d) => !q || (d.title as string).split(' ').includes(q))
            .filter((d) => !filter || matchesFilter(d, filter, kinds))
            .filter((d) => {
              if (!geo) return true;
              const l = d.loc as { lat: number; lng: number } | undefined;
              return l !== undefined && haversineKm(geo.lat, geo.lng, l.lat, l.lng) <= geo.radiusKm;
            })
            .map((d) => d.id)
            .sort();
          const result = engine.search({ q: q && `${q} `, filter, geo, limit: 1000, facets: ['city', 'remote'] });
          expect(result.total).toBe(expected.length);
          expect(result.hits.map((h) => h.doc.id).sort()).toEqual(expected);
          const remoteCount = Object.values(result.facets.remote ?? {}).reduce((a, b) => a + b, 0);
          expect(remoteCount).toBe(result.hits.filter((h) => typeof h.doc.remote === 'boolean').length);
          if (geo) {
            const sorted = engine.search({ q: q && `${q} `, filter, geo, sort: [{ geoDistance: 'asc' }], limit: 1000 });
            const d = sorted.hits.map((h) => h.distanceKm as number);
            expect(d).toEqual([...d].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
