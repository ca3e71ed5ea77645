import { describe, expect, it } from 'vitest';
import { createState, type EngineState } from '../src/engine-state.ts';
import { writeDocs } from '../src/doc-writer.ts';
import type { EngineSchema } from '../src/schema.ts';
import { rng } from './rng.ts';

const schema: EngineSchema = {
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'labels', weight: 4 },
    { field: 'body', weight: 1 },
  ],
  filterable: [],
  sortable: [],
  synonyms: [],
  stopWords: ['de'],
};

// Few words, so many terms pass the 256 postings from which per-block fields are kept.
const words = ['de', 'lasser', 'monteur', 'zorg', 'verpleegkundige', 'heftruck', 'magazijn', 'kok', 'café', 'x1'];

function docs(count: number, seed: number, idSpace = count) {
  const random = rng(seed);
  const pick = () => words[Math.floor(random() * words.length)] as string;
  const text = (n: number) => Array.from({ length: n }, pick).join(' ');
  return Array.from({ length: count }, () => ({
    id: `d${Math.floor(random() * idSpace)}`,
    title: text(2),
    labels: [text(2), text(1), text(3)],
    body: text(Math.floor(random() * 12)),
  }));
}

/** The dictionary as the searches read it: per term its postings, fields and per-block fields. */
function snapshot(state: EngineState) {
  const { dict } = state;
  return dict.terms.map((term, t) => ({
    term,
    postings: [...(dict.postings[t] as Int32Array).subarray(0, dict.lengths[t])],
    fields: dict.fields[t],
    blocks: [...(dict.blockFields[t] ?? [])].filter((_, b, all) => b < all.length),
  }));
}

function trimBlocks(s: ReturnType<typeof snapshot>) {
  // Trailing zero blocks are capacity, not content (a missing block reads as 0).
  return s.map((t) => ({ ...t, blocks: t.blocks.slice(0, t.blocks.findLastIndex((b) => b !== 0) + 1) }));
}

describe('batched postings', () => {
  it('build the same dictionary as writing one document at a time', () => {
    // Ids repeat, so replacements (new slot, tombstone) happen inside and across batches.
    const all = docs(40_000, 7, 30_000);
    const one = createState(schema);
    const batched = createState(schema);
    for (const doc of all) writeDocs(one, [doc]);
    for (let i = 0; i < all.length; i += 7_000) writeDocs(batched, all.slice(i, i + 7_000));
    expect(batched.slots).toBe(one.slots);
    const expected = trimBlocks(snapshot(one));
    expect(expected.some((t) => t.blocks.length >= 3)).toBe(true);
    expect(trimBlocks(snapshot(batched))).toEqual(expected);
  });

  it('trimming keeps every posting, and writes after it land as without it', () => {
    const state = createState(schema);
    const untrimmed = createState(schema);
    writeDocs(state, docs(20_000, 3));
    writeDocs(untrimmed, docs(20_000, 3));
    const before = snapshot(state);
    state.dict.trim();
    expect(snapshot(state)).toEqual(before);
    for (let t = 0; t < state.dict.size; t++) expect(state.dict.postings[t]?.length).toBe(state.dict.lengths[t]);
    writeDocs(state, docs(2_000, 4));
    writeDocs(untrimmed, docs(2_000, 4));
    expect(trimBlocks(snapshot(state))).toEqual(trimBlocks(snapshot(untrimmed)));
  });
});
