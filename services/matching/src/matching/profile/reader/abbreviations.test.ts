import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createReader } from './reader.ts';

const taxonomy = loadTaxonomy();
const reader = createReader(taxonomy);
const suggested = (text: string) => {
  const r = reader.title(text);
  return r.status === 'unread' ? r.suggestions.map((s) => taxonomy.occupationByUri.get(s.uri)?.labelNl) : [];
};

describe('a job typed as an abbreviation', () => {
  it("asks with the region's jobs whose name holds its letters in order, with or without 'er", () => {
    expect(suggested('wvp')[0]).toBe('algemeen verpleegkundige');
    expect(suggested("wvp'er")[0]).toBe('algemeen verpleegkundige');
  });

  it('never reads on letters alone, and leaves words it knows alone', () => {
    expect(reader.title('wvp').status).toBe('unread');
    expect(reader.title('kok').status).toBe('read');
  });
});
