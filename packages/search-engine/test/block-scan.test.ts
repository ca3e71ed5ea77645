import { describe, expect, it } from 'vitest';
import { BLOCK_SCAN_MIN_POSTINGS } from '../src/block-scan.ts';
import { createSearchEngine } from '../src/engine.ts';
import type { EngineSchema, SearchEngine, SearchRequest } from '../src/schema.ts';
import { rng } from './rng.ts';

interface Doc extends Record<string, unknown> {
  id: string;
  title: string;
  body: string;
  kind: string;
}

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'body', weight: 1 },
  ],
  filterable: [{ field: 'kind', kind: 'keyword' }],
  sortable: [],
  synonyms: [],
};

const letters = 'abcdefgh';
/** 64 words per stem: "werab", "werac", ... */
const family = (stem: string) => [...letters].flatMap((a) => [...letters].map((b) => `${stem}${a}${b}`));
const wer = family('wer');
const gro = family('gro');

// Broad enough for the block scan: every body holds some 80 of the 128 words, so both prefixes read
// well over BLOCK_SCAN_MIN_POSTINGS postings. "wer" words are in one title in ten, "gro" in one in
// two thousand: the first settles a page early, the second scans (nearly) everything.
function build(count: number): SearchEngine<Doc> {
  const random = rng(14);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] as string;
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 120 }, () => pick(random() < 0.5 ? wer : gro)).join(' ');
    const title = random() < 0.1 ? pick(wer) : random() < 0.0005 ? pick(gro) : 'monteur';
    docs.push({ id: `d${i}`, title, body, kind: i % 3 ? 'a' : 'b' });
  }
  const engine = createSearchEngine<Doc>(schema);
  for (let i = 0; i < docs.length; i += 5000) engine.upsert(docs.slice(i, i + 5000));
  return engine;
}

/** The page as the full scan ranks it: asking for facets always scores every match. */
function compare(engine: SearchEngine<Doc>, req: SearchRequest) {
  const fast = engine.search(req);
  const full = engine.search({ ...req, facets: ['kind'] });
  const page = (r: typeof fast) => r.hits.map((h) => `${h.doc.id}:${h.score}`);
  expect(page(fast)).toEqual(page(full));
  expect(full.estimatedTotal).toBeUndefined();
  if (!fast.estimatedTotal) expect(fast.total).toBe(full.total);
  return { fast: fast.total, exact: full.total, estimated: fast.estimatedTotal === true };
}

describe('block scan of broad one-word searches', () => {
  const engine = build(40_000);

  it('never estimates the total of an index of one block (the size of the region)', () => {
    const small = build(12_000);
    expect(12_000 * 20).toBeGreaterThan(BLOCK_SCAN_MIN_POSTINGS); // the block scan is taken, and scores it all
    for (const q of ['wer', 'gro']) expect(compare(small, { q, limit: 20 }).estimated).toBe(false);
  });

  it('returns the same page as scoring every match, at any offset', () => {
    for (const q of ['wer', 'gro', 'wera', 'gro werab']) {
      for (const offset of [0, 20, 500]) compare(engine, { q, limit: 20, offset });
    }
  });

  it('keeps filters and estimates the total only when it stopped early', () => {
    const filtered = compare(engine, { q: 'wer', limit: 20, filter: { field: 'kind', eq: 'b' } });
    expect(filtered.estimated).toBe(true);
    expect(filtered.fast).toBeGreaterThan(filtered.exact * 0.8);
    expect(filtered.fast).toBeLessThan(filtered.exact * 1.2);
    // "gro" reaches its best score (a title) in too few documents to stop: the total is exact.
    const rare = compare(engine, { q: 'gro', limit: 20 });
    expect(rare.estimated).toBe(false);
  });

  it('stays exact when replaced documents sit in new slots with their first insertion order', () => {
    const replaced = Array.from({ length: 300 }, (_, i) => {
      const doc = engine.get(`d${i * 7}`) as Doc;
      return { ...doc, title: i % 2 ? wer[i % 64] : 'monteur' } as Doc;
    });
    engine.upsert(replaced);
    engine.remove(['d1', 'd2', 'd3']);
    expect(compare(engine, { q: 'wer', limit: 20 }).estimated).toBe(true);
    for (const q of ['werab', 'gro']) compare(engine, { q, limit: 20 });
    compare(engine, { q: 'wer', limit: 50, offset: 100 });
  });

  it('scores everything once updates have moved half the index out of insertion order', () => {
    const churned = build(40_000);
    const half = Array.from({ length: 24_000 }, (_, i) => ({ ...(churned.get(`d${i}`) as Doc) }));
    churned.upsert(half);
    const result = compare(churned, { q: 'wer', limit: 20 });
    expect(result.estimated).toBe(false);
  });
});
