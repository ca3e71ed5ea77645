import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../src/engine.ts';
import { TermIndex } from '../src/term-index.ts';
import { forEachTermId } from '../src/token-scan.ts';
import { ValueTerms } from '../src/value-terms.ts';

function scanned(dict: TermIndex, value: string): number[] {
  const ids: number[] = [];
  forEachTermId(value, dict, (id) => {
    ids.push(id);
  });
  return ids;
}

describe('ValueTerms', () => {
  it('gives the ids the scanner gives, without stop words, and the same array for a repeated value', () => {
    const dict = new TermIndex();
    const cache = new ValueTerms(dict, new Set(['en']));
    const ids = cache.idsOf('Lassen en Snijden (MIG/MAG)');
    expect([...(ids ?? [])].map((id) => dict.terms[id])).toEqual(['lassen', 'snijden', 'mig', 'mag']);
    expect(cache.idsOf('Lassen en Snijden (MIG/MAG)')).toBe(ids);
    expect(scanned(dict, 'lassen snijden')).toEqual([ids?.[0], ids?.[1]]);
  });

  it('leaves long values to the scanner', () => {
    const cache = new ValueTerms(new TermIndex(), new Set());
    expect(cache.idsOf('woord '.repeat(20))).toBeUndefined();
  });

  it('starts over when compaction renumbers the terms', () => {
    const dict = new TermIndex();
    const cache = new ValueTerms(dict, new Set());
    const before = cache.idsOf('zorg welzijn');
    const remap = Int32Array.of(-1, 0);
    dict.append(dict.getOrAdd('welzijn'), 1 << 8);
    dict.compact(remap); // "zorg" has no postings and goes; "welzijn" becomes id 0
    const after = cache.idsOf('zorg welzijn');
    expect(after).not.toBe(before);
    expect([...(after ?? [])].map((id) => dict.terms[id])).toEqual(['zorg', 'welzijn']);
  });

  it('finds documents indexed through cached labels after replacements and compaction', () => {
    const engine = createSearchEngine<{ id: string; labels: string[] }>({
      primaryKey: 'id',
      searchable: [{ field: 'labels', weight: 1 }],
      filterable: [],
      sortable: [],
      synonyms: [],
    });
    for (let round = 0; round < 3; round++) {
      engine.upsert(
        Array.from({ length: 50 }, (_, i) => ({ id: String(i), labels: ['Heftruck rijden', `vak ${round}`] })),
      );
    }
    expect(engine.search({ q: 'heftruck' }).total).toBe(50);
    expect(engine.search({ q: 'vak 2' }).total).toBe(50);
  });
});
