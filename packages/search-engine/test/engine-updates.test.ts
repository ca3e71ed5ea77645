import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../src/engine.ts';
import type { EngineSchema } from '../src/schema.ts';

interface Doc extends Record<string, unknown> {
  id: string;
  title: string;
  city?: string;
  n?: number;
}

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [{ field: 'title', weight: 1 }],
  filterable: [
    { field: 'city', kind: 'keyword' },
    { field: 'n', kind: 'number' },
  ],
  sortable: ['n'],
  synonyms: [],
};

const make = (i: number, title = `monteur nummer${i}`): Doc => ({
  id: `d${i}`,
  title,
  city: i % 2 ? 'Haarlem' : 'Velsen',
  n: i,
});

describe('stored fields', () => {
  it('keeps only the stored fields of a document, while searching and filtering on all of them', () => {
    const e = createSearchEngine<Doc>({ ...schema, storedFields: ['id', 'n'] });
    e.upsert([make(1), make(2), { id: 'd3', title: 'zorghulp', city: 'Haarlem', n: 3 }]);
    expect(e.get('d1')).toEqual({ id: 'd1', n: 1 });
    expect(e.search({ q: 'monteur', filter: { field: 'city', eq: 'Haarlem' } }).hits.map((h) => h.doc)).toEqual([
      { id: 'd1', n: 1 },
    ]);
    e.upsert([{ id: 'd1', title: 'zorghulp', city: 'Velsen', n: 9 }]);
    expect(e.search({ q: 'zorghulp', sort: [{ field: 'n', order: 'desc' }] }).hits.map((h) => h.doc)).toEqual([
      { id: 'd1', n: 9 },
      { id: 'd3', n: 3 },
    ]);
  });
});

describe('upsert / remove / get / ids / size', () => {
  it('upsert replaces by primary key without duplicates and is idempotent', () => {
    const e = createSearchEngine<Doc>(schema);
    e.upsert([make(1), make(2)]);
    e.upsert([make(1), make(1)]);
    expect(e.size()).toBe(2);
    expect(e.search({ q: 'monteur' }).total).toBe(2);
    e.upsert([{ id: 'd1', title: 'zorghulp', city: 'Velsen' }]);
    expect(e.get('d1')?.title).toBe('zorghulp');
    expect(e.search({ q: 'monteur' }).hits.map((h) => h.doc.id)).toEqual(['d2']);
    expect(e.search({ q: 'zorghulp' }).hits.map((h) => h.doc.id)).toEqual(['d1']);
    expect(e.search({ filter: { field: 'city', eq: 'Haarlem' } }).total).toBe(0);
    expect(e.search({ filter: { field: 'n', gte: 0 } }).hits.map((h) => h.doc.id)).toEqual(['d2']);
    expect(e.ids()).toEqual(['d1', 'd2']); // replacement keeps first-insertion position
  });

  it('remove removes from search, get, ids and size', () => {
    const e = createSearchEngine<Doc>(schema);
    e.upsert([make(1), make(2), make(3)]);
    e.remove(['d2', 'unknown']);
    expect(e.get('d2')).toBeUndefined();
    expect(e.ids()).toEqual(['d1', 'd3']);
    expect(e.size()).toBe(2);
    expect(e.search({ q: 'monteur' }).hits.map((h) => h.doc.id)).toEqual(['d1', 'd3']);
    expect(e.search({ facets: ['city'] }).facets.city).toEqual({ Haarlem: 2 });
    e.upsert([make(2)]);
    expect(e.ids()).toEqual(['d1', 'd3', 'd2']); // re-added after removal: new position
  });

  it('stays correct across compaction', () => {
    const e = createSearchEngine<Doc>(schema);
    e.upsert(Array.from({ length: 200 }, (_, i) => make(i)));
    e.remove(Array.from({ length: 80 }, (_, i) => `d${i * 2}`)); // 40% dead: d0, d2 … d158
    expect(e.stats().compactions).toBeGreaterThan(0);
    expect(e.stats().dead).toBe(0);
    const live = e.ids();
    expect(live).toHaveLength(120);
    expect(e.size()).toBe(120);
    for (const id of live) expect(e.get(id)?.id).toBe(id);
    expect(e.search({ q: 'monteur', limit: 1000 }).total).toBe(120);
    // "nummer5" also matches nummer1, nummer3… with one typo; the exact match ranks first.
    expect(e.search({ q: 'nummer5 ' }).hits[0]?.doc.id).toBe('d5');
    expect(e.search({ q: 'nummer4 ', limit: 1000 }).hits.map((h) => h.doc.id)).not.toContain('d4');
    expect(e.search({ q: 'nummer161 ' }).hits[0]?.doc.id).toBe('d161');
    expect(e.search({ filter: { field: 'n', lt: 10 } }).hits.map((h) => h.doc.id)).toEqual([
      'd1',
      'd3',
      'd5',
      'd7',
      'd9',
    ]);
    const facets = e.search({ facets: ['city'] }).facets.city ?? {};
    expect((facets.Haarlem ?? 0) + (facets.Velsen ?? 0)).toBe(120);
    // Updates after compaction land in fresh slots and replace correctly.
    e.upsert([make(5, 'kok'), make(300)]);
    expect(e.search({ q: 'kok' }).hits.map((h) => h.doc.id)).toEqual(['d5']);
    expect(e.search({ q: 'nummer300 ' }).hits[0]?.doc.id).toBe('d300');
    expect(e.size()).toBe(121);
    expect(e.ids()[0]).toBe(live[0]);
  });

  it('compacts replaced documents and drops their words from the dictionary', () => {
    const e = createSearchEngine<Doc>(schema);
    e.upsert(Array.from({ length: 40 }, (_, i) => make(i, `oud${i}`)));
    const termsBefore = e.stats().terms;
    e.upsert(Array.from({ length: 40 }, (_, i) => make(i, 'nieuw')));
    expect(e.stats().compactions).toBeGreaterThan(0);
    expect(e.stats().terms).toBeLessThan(termsBefore);
    expect(e.search({ q: 'oud1 ' }).total).toBe(0);
    expect(e.search({ q: 'nieuw' }).total).toBe(40);
    expect(e.search({ sort: [{ field: 'n', order: 'asc' }], limit: 3 }).hits.map((h) => h.doc.id)).toEqual([
      'd0',
      'd1',
      'd2',
    ]);
  });

  it('finds old and newly added words across the main and delta term views', () => {
    const e = createSearchEngine<Doc>(schema);
    const word = (i: number) => `woord${i.toString(36)}x`;
    e.upsert(Array.from({ length: 5000 }, (_, i) => make(i, word(i))));
    expect(e.search({ q: 'woord0x ' }).hits[0]?.doc.id).toBe('d0'); // > 4096 terms: merged into the main view
    e.upsert([make(9001, 'monteur'), make(9002, 'monteurs'), make(9003, 'woordzzzx')]);
    expect(e.search({ q: 'monteru ' }).hits.map((h) => h.doc.id)).toEqual(['d9001']); // typo, new term
    expect(e.search({ q: 'monteur ' }).hits.map((h) => h.doc.id)).toEqual(['d9001', 'd9002']); // exact + stem
    expect(e.search({ q: 'woordzzz' }).hits[0]?.doc.id).toBe('d9003'); // prefix in the delta view
    expect(e.search({ q: 'woord2s', limit: 1000 }).hits.map((h) => h.doc.id)).toContain('d100'); // prefix in the main view (woord2sx)
    expect(e.search({ q: 'woordzzzy ' }).hits[0]?.doc.id).toBe('d9003'); // typo in the delta view
  });

  it('clear empties everything', () => {
    const e = createSearchEngine<Doc>(schema);
    e.upsert([make(1)]);
    e.clear();
    expect(e.size()).toBe(0);
    expect(e.ids()).toEqual([]);
    expect(e.search({ q: 'monteur' }).total).toBe(0);
    e.upsert([make(2)]);
    expect(e.search({}).hits.map((h) => h.doc.id)).toEqual(['d2']);
  });

  it('requires a primary key', () => {
    const e = createSearchEngine<Doc>(schema);
    expect(() => e.upsert([make(1), { title: 'x' } as unknown as Doc])).toThrow(/primary key/);
    expect(e.size()).toBe(0); // the batch is validated before anything is written
  });
});
