import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typoBudget } from '@werkbrug/text/damerau';
import { findTypoRanges } from '../src/typo.ts';
import { meiliTypos } from './typo-reference.ts';

function typoMatches(dictionary: string[], q: string, prefix: boolean): Map<string, number> {
  const sorted = [...new Set(dictionary)].sort();
  const found = new Map<string, number>();
  findTypoRanges(sorted, q, prefix, (start, end, typos) => {
    for (let i = start; i < end; i++) {
      const term = sorted[i] as string;
      expect(found.has(term)).toBe(false); // ranges never overlap
      found.set(term, typos);
    }
  });
  return found;
}

describe('findTypoRanges', () => {
  const dict = [
    'monteur',
    'monteurs',
    'monster',
    'mentor',
    'verpleegkundige',
    'verpleegkundigen',
    'verpleger',
    'zonnepanelen',
    'chauffeur',
  ];

  it('finds 1-typo words from 5 letters, including transpositions', () => {
    expect(typoMatches(dict, 'monteru', false)).toEqual(new Map([['monteur', 1]]));
    expect(typoMatches(dict, 'chaufeur', false)).toEqual(new Map([['chauffeur', 1]]));
  });

  it('finds nothing below 5 letters', () => {
    expect(typoMatches(['kokk', 'kok'], 'kol', false).size).toBe(0);
  });

  it('allows 2 typos from 9 letters', () => {
    expect(typoMatches(dict, 'verplegkundge', false).get('verpleegkundige')).toBe(2);
    expect(typoMatches(dict, 'zonepanelem', false).get('zonnepanelen')).toBe(2);
  });

  it('counts a wrong first letter as two typos', () => {
    expect(typoMatches(dict, 'nonteur', false).size).toBe(0); // budget 1: first letter must match
    expect(typoMatches(dict, 'zerpleegkundige', false).get('verpleegkundige')).toBe(2);
  });

  it('matches prefixes with typos in prefix mode', () => {
    const m = typoMatches(dict, 'verplg', true);
    expect(m.get('verpleegkundige')).toBe(1);
    expect(m.get('verpleger')).toBe(1);
    expect(typoMatches(dict, 'monte', true).get('monteurs')).toBe(0);
  });

  it('agrees with a brute-force Meilisearch typo oracle', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 11 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), word, fc.boolean(), (dictionary, q, prefix) => {
        const found = typoMatches(dictionary, q, prefix);
        for (const term of new Set(dictionary)) {
          const expected = typoBudget(q.length) === 0 ? Infinity : meiliTypos(q, term, prefix);
          expect(found.get(term) ?? Infinity).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });
});
