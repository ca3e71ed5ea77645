import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../src/engine.ts';
import { haversineKm } from '@werkbrug/shared/region/geo';
import type { EngineSchema, Filter } from '../src/schema.ts';

interface Job extends Record<string, unknown> {
  id: string;
  title: string;
  city?: string;
  tags?: string[];
  hours?: number;
  remote?: boolean;
  published?: number;
  location?: { lat: number; lng: number };
}

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [{ field: 'title', weight: 1 }],
  filterable: [
    { field: 'city', kind: 'keyword' },
    { field: 'tags', kind: 'keywords' },
    { field: 'hours', kind: 'number' },
    { field: 'remote', kind: 'boolean' },
  ],
  sortable: ['published', 'hours'],
  geoField: 'location',
  synonyms: [],
};

const jobs: Job[] = [
  {
    id: '1',
    title: 'monteur',
    city: 'Haarlem',
    tags: ['techniek', 'vca'],
    hours: 40,
    remote: false,
    published: 5,
    location: { lat: 52.381, lng: 4.637 },
  },
  {
    id: '2',
    title: 'monteur',
    city: 'Velsen',
    tags: ['techniek'],
    hours: 32,
    remote: false,
    published: 9,
    location: { lat: 52.46, lng: 4.62 },
  },
  {
    id: '3',
    title: 'zorghulp',
    city: 'Haarlem',
    tags: ['zorg'],
    hours: 24,
    remote: true,
    published: 7,
    location: { lat: 52.37, lng: 4.65 },
  },
  {
    id: '4',
    title: 'kok',
    city: 'Zandvoort',
    tags: [],
    hours: 36,
    remote: false,
    published: 1,
    location: { lat: 52.37, lng: 4.53 },
  },
  {
    id: '5',
    title: 'developer',
    city: 'amsterdam',
    tags: ['ict', 'remote'],
    remote: true,
    published: 3,
    location: { lat: 52.37, lng: 4.9 },
  },
  { id: '6', title: 'monteur', tags: ['vca'], hours: 20 },
];

function engine() {
  const e = createSearchEngine<Job>(schema);
  e.upsert(jobs);
  return e;
}

const idsOf = (filter: Filter, q?: string) =>
  engine()
    .search({ q, filter, limit: 100 })
    .hits.map((h) => h.doc.id)
    .sort();

describe('filters', () => {
  it('keyword eq / in, case-insensitive', () => {
    expect(idsOf({ field: 'city', eq: 'haarlem' })).toEqual(['1', '3']);
    expect(idsOf({ field: 'city', in: ['Velsen', 'AMSTERDAM'] })).toEqual(['2', '5']);
  });

  it('keywords match any element', () => {
    expect(idsOf({ field: 'tags', eq: 'vca' })).toEqual(['1', '6']);
    expect(idsOf({ field: 'tags', in: ['zorg', 'ict'] })).toEqual(['3', '5']);
  });

  it('number eq, in and ranges', () => {
    expect(idsOf({ field: 'hours', eq: 32 })).toEqual(['2']);
    expect(idsOf({ field: 'hours', in: [24, 36] })).toEqual(['3', '4']);
    expect(idsOf({ field: 'hours', gte: 32 })).toEqual(['1', '2', '4']);
    expect(idsOf({ field: 'hours', gt: 32 })).toEqual(['1', '4']);
    expect(idsOf({ field: 'hours', gte: 24, lt: 36 })).toEqual(['2', '3']);
    expect(idsOf({ field: 'hours', lte: 24 })).toEqual(['3', '6']);
  });

  it('boolean eq', () => {
    expect(idsOf({ field: 'remote', eq: true })).toEqual(['3', '5']);
    expect(idsOf({ field: 'remote', eq: false })).toEqual(['1', '2', '4']);
  });

  it('nested and / or / not; not includes docs without the field', () => {
    expect(idsOf({ not: { field: 'hours', gte: 30 } })).toEqual(['3', '5', '6']);
    expect(
      idsOf({
        or: [
          { and: [{ field: 'city', eq: 'Haarlem' }, { not: { field: 'remote', eq: true } }] },
          {
            and: [
              { field: 'tags', eq: 'vca' },
              { field: 'hours', lt: 30 },
            ],
          },
        ],
      }),
    ).toEqual(['1', '6']);
    expect(idsOf({ and: [] })).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(idsOf({ or: [] })).toEqual([]);
  });

  it('combines with text search', () => {
    expect(idsOf({ field: 'city', eq: 'Haarlem' }, 'monteur')).toEqual(['1']);
  });

  it('rejects unknown fields and ranges on keywords', () => {
    expect(() => idsOf({ field: 'nope', eq: 1 })).toThrow(/not filterable/);
    expect(() => idsOf({ field: 'city', gte: 1 })).toThrow(/non-numeric/);
  });
});

describe('facets', () => {
  it('count over all matching docs, not just the page, and add up for single-valued fields', () => {
    const r = engine().search({ q: 'monteur', facets: ['city', 'tags', 'remote'], limit: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.total).toBe(3);
    expect(r.facets.city).toEqual({ Haarlem: 1, Velsen: 1 });
    expect(r.facets.tags).toEqual({ techniek: 2, vca: 2 });
    expect(r.facets.remote).toEqual({ false: 2 });
    const all = engine().search({ facets: ['city', 'remote'] });
    const cityCount = Object.values(all.facets.city ?? {}).reduce((a, b) => a + b, 0);
    const withCity = jobs.filter((j) => j.city !== undefined).length;
    expect(cityCount).toBe(withCity);
    expect(Object.values(all.facets.remote ?? {}).reduce((a, b) => a + b, 0)).toBe(all.total - 1); // job 6 has no remote
  });
});

describe('geo', () => {
  const center = { lat: 52.38, lng: 4.64 };

  it('returns only docs within the radius, each with distanceKm', () => {
    const r = engine().search({ geo: { ...center, radiusKm: 10 } });
    const expected = jobs.filter(
      (j) => j.location && haversineKm(center.lat, center.lng, j.location.lat, j.location.lng) <= 10,
    );
    expect(r.hits.map((h) => h.doc.id).sort()).toEqual(expected.map((j) => j.id).sort());
    for (const h of r.hits) {
      const l = h.doc.location as { lat: number; lng: number };
      expect(h.distanceKm).toBeCloseTo(haversineKm(center.lat, center.lng, l.lat, l.lng), 9);
      expect(h.distanceKm).toBeLessThanOrEqual(10);
    }
  });

  it('sorts nearest first (or farthest first) when asked', () => {
    const asc = engine().search({ geo: { ...center, radiusKm: 50 }, sort: [{ geoDistance: 'asc' }] });
    const d = asc.hits.map((h) => h.distanceKm as number);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(asc.hits[0]?.doc.id).toBe('1');
    const desc = engine().search({ around: center, sort: [{ geoDistance: 'desc' }] });
    expect(desc.hits.at(-1)?.doc.id).toBe('6'); // no location: last either way
    expect(desc.hits.at(-1)?.distanceKm).toBeUndefined();
    expect(desc.hits[0]?.doc.id).toBe('5');
  });

  it('around gives distances without restricting', () => {
    const r = engine().search({ around: center });
    expect(r.total).toBe(jobs.length);
    expect(r.hits.find((h) => h.doc.id === '6')?.distanceKm).toBeUndefined();
    expect(r.hits.find((h) => h.doc.id === '5')?.distanceKm).toBeGreaterThan(15);
  });
});

describe('sort and pagination', () => {
  it('sorts by numeric fields before relevance, missing values last', () => {
    const r = engine().search({ sort: [{ field: 'published', order: 'desc' }] });
    expect(r.hits.map((h) => h.doc.id)).toEqual(['2', '3', '1', '5', '4', '6']);
    const byHours = engine().search({ q: 'monteur', sort: [{ field: 'hours', order: 'asc' }] });
    expect(byHours.hits.map((h) => h.doc.id)).toEqual(['6', '2', '1']);
  });

  it('orders placeholder results by insertion order', () => {
    expect(
      engine()
        .search({})
        .hits.map((h) => h.doc.id),
    ).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('pages stably with offset/limit', () => {
    const e = engine();
    const all = e.search({ sort: [{ field: 'hours', order: 'desc' }], limit: 100 }).hits.map((h) => h.doc.id);
    const paged = [0, 2, 4].flatMap((offset) =>
      e.search({ sort: [{ field: 'hours', order: 'desc' }], offset, limit: 2 }).hits.map((h) => h.doc.id),
    );
    expect(paged).toEqual(all);
    expect(e.search({ offset: 10 }).hits).toEqual([]);
    expect(e.search({ limit: 5000 }).hits).toHaveLength(6);
  });

  it('rejects sorting on non-sortable fields', () => {
    expect(() => engine().search({ sort: [{ field: 'city', order: 'asc' }] })).toThrow(/not sortable/);
    expect(() => engine().search({ sort: [{ geoDistance: 'asc' }] })).toThrow(/geo/);
  });
});
