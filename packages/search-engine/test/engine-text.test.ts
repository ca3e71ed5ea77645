import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../src/engine.ts';
import type { EngineSchema } from '../src/schema.ts';

interface Doc extends Record<string, unknown> {
  id: string;
  title: string;
  body?: string;
}

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 3 },
    { field: 'body', weight: 1 },
  ],
  filterable: [],
  sortable: [],
  synonyms: [
    ['verpleegkundige', 'verpleger', 'verpleegster'],
    ['chauffeur', 'bestuurder', 'driver'],
    ['ict', 'informatie technologie'],
  ],
  stopWords: ['de', 'het', 'een'],
};

function engineWith(docs: Doc[]) {
  const engine = createSearchEngine<Doc>(schema);
  engine.upsert(docs);
  return engine;
}

const ids = (engine: ReturnType<typeof engineWith>, q: string) => engine.search({ q }).hits.map((h) => h.doc.id);

describe('typo tolerance', () => {
  const engine = engineWith([
    { id: 'monteur', title: 'monteur' },
    { id: 'kok', title: 'kok' },
    { id: 'verpleegkundige', title: 'verpleegkundige' },
  ]);

  it('allows no typo below 5 letters', () => {
    expect(ids(engine, 'kik ')).toEqual([]);
    expect(ids(engine, 'kok ')).toEqual(['kok']);
  });

  it('allows 1 typo from 5 letters, and a transposition is one typo', () => {
    expect(ids(engine, 'monteru ')).toEqual(['monteur']);
    expect(ids(engine, 'monteir ')).toEqual(['monteur']);
    expect(ids(engine, 'mnoteru ')).toEqual([]);
  });

  it('allows 2 typos from 9 letters', () => {
    expect(ids(engine, 'verplegkundge ')).toEqual(['verpleegkundige']);
    expect(ids(engine, 'verplgkndige ')).toEqual([]);
  });

  it('ranks fewer typos first', () => {
    const e = engineWith([
      { id: 'two', title: 'verpleegkundig' },
      { id: 'exact', title: 'verpleegkundi' },
    ]);
    expect(ids(e, 'verpleegkundi ')).toEqual(['exact', 'two']);
  });
});

describe('prefix search', () => {
  const engine = engineWith([
    { id: 'v', title: 'verpleegkundige' },
    { id: 'm', title: 'monteur zonnepanelen' },
  ]);

  it('treats the last word as a prefix', () => {
    expect(ids(engine, 'verpl')).toEqual(['v']);
    expect(ids(engine, 'monteur zon')).toEqual(['m']);
  });

  it('does not treat earlier words or a finished word as prefixes', () => {
    expect(ids(engine, 'zon monteur')).toEqual([]);
    expect(ids(engine, 'verpl ')).toEqual([]);
  });

  it('ranks an exact word before a prefix match', () => {
    const e = engineWith([
      { id: 'prefix', title: 'zorgverlener' },
      { id: 'exact', title: 'zorg' },
    ]);
    expect(ids(e, 'zorg')).toEqual(['exact', 'prefix']);
  });
});

describe('stems, diacritics and synonyms', () => {
  const engine = engineWith([
    { id: 'nurse', title: 'Verpleegkundige', body: 'Werken met cliënten' },
    { id: 'driver', title: 'Bestuurder bus' },
    { id: 'ict', title: 'Medewerker ICT' },
    { id: 'it', title: 'Medewerker informatie technologie' },
    { id: 'monteurs', title: 'Monteurs gezocht' },
  ]);

  it('folds diacritics on both sides', () => {
    expect(ids(engine, 'clienten ')).toEqual(['nurse']);
    expect(ids(engine, 'cliënten ')).toEqual(['nurse']);
  });

  it('matches Dutch plural and singular through stems', () => {
    expect(ids(engine, 'verpleegkundigen ')).toEqual(['nurse']);
    expect(ids(engine, 'monteur ')).toEqual(['monteurs']);
  });

  it('expands synonyms in both directions', () => {
    expect(ids(engine, 'chauffeur ')).toEqual(['driver']);
    expect(ids(engine, 'verpleger ')).toEqual(['nurse']);
    expect(ids(engine, 'driver ')).toEqual(['driver']);
  });

  it('expands multi-word synonyms both ways', () => {
    expect(ids(engine, 'ict ').sort()).toEqual(['ict', 'it']);
    expect(ids(engine, 'informatie technologie ').sort()).toEqual(['ict', 'it']);
  });

  it('counts a synonym hit as an exact match', () => {
    const hits = engine.search({ q: 'chauffeur ' }).hits;
    expect(hits[0]?.score).toBe(engine.search({ q: 'bestuurder ' }).hits[0]?.score);
  });
});

describe('ranking rules', () => {
  it('ranks documents matching more words first, dropping words from the end', () => {
    const engine = engineWith([
      { id: 'first-only', title: 'monteur' },
      { id: 'both', title: 'monteur zonnepanelen' },
      { id: 'last-only', title: 'zonnepanelen' },
    ]);
    // matchingStrategy 'last': a doc lacking the first word never matches.
    expect(ids(engine, 'monteur zonnepanelen ')).toEqual(['both', 'first-only']);
    expect(engine.search({ q: 'monteur zonnepanelen ' }).total).toBe(2);
  });

  it('ranks a match in a heavier field higher', () => {
    const engine = engineWith([
      { id: 'body', title: 'vacature', body: 'buschauffeur gezocht' },
      { id: 'title', title: 'buschauffeur', body: 'vacature' },
    ]);
    expect(ids(engine, 'buschauffeur ')).toEqual(['title', 'body']);
  });

  it('ignores stop words in the query', () => {
    const engine = engineWith([{ id: 'a', title: 'de monteur' }]);
    expect(ids(engine, 'de monteur ')).toEqual(['a']);
    expect(engine.search({ q: 'de ' }).total).toBe(1); // only stop words: placeholder search
  });

  it('returns scores in [0, 1] with the best hit first', () => {
    const engine = engineWith([
      { id: 'a', title: 'monteur' },
      { id: 'b', title: 'x', body: 'monteurs' },
    ]);
    const scores = engine.search({ q: 'monteur ' }).hits.map((h) => h.score);
    expect(scores[0]).toBeLessThanOrEqual(1);
    expect(scores[0]).toBeGreaterThan(scores[1] as number);
    expect(scores[1]).toBeGreaterThan(0);
  });
});
