import { describe, expect, it } from 'vitest';
// The second names are the matching engine's old ones for the same functions, so its tests read as before.
import {
  damerauDistance as boundedDamerau,
  damerauDistance,
  typoBudget as allowedEdits,
  typoBudget,
} from './damerau.ts';

describe('typo budget (Meilisearch defaults)', () => {
  it('allows 0 typos below 5 letters, 1 from 5, 2 from 9', () => {
    expect([1, 4, 5, 8, 9, 15].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('damerauDistance', () => {
  it('counts insertion, deletion, substitution and adjacent transposition as one typo', () => {
    expect(damerauDistance('monteur', 'monteru')).toBe(1);
    expect(damerauDistance('monteur', 'monter')).toBe(1);
    expect(damerauDistance('monteur', 'monteurs')).toBe(1);
    expect(damerauDistance('monteur', 'montuur')).toBe(1);
    expect(damerauDistance('monteur', 'mnoteru')).toBe(2);
    expect(damerauDistance('abc', 'abc')).toBe(0);
    expect(damerauDistance('abcdef', 'xyz', 1)).toBe(2);
  });
});

describe('Damerau-Levenshtein (optimal string alignment)', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(boundedDamerau('monteru', 'monteur', 2)).toBe(1);
    expect(boundedDamerau('kok', 'kok', 0)).toBe(0);
    expect(boundedDamerau('lasser', 'laser', 1)).toBe(1);
    expect(boundedDamerau('abcdef', 'ghijkl', 2)).toBe(3);
  });

  it('allows no typo below 5 letters, one from 5, two from 9', () => {
    expect([4, 5, 8, 9, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});
