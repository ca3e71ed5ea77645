import { describe, expect, it } from 'vitest';
import { evidenceFirst } from './named-evidence.ts';

const has = (x: string) => x.startsWith('e');

describe('evidenceFirst', () => {
  it('moves matches with evidence into the first three, the ones they pass right after them', () => {
    expect(evidenceFirst(['w1', 'e1', 'w2', 'w3', 'e2', 'e3', 'e4', 'w4'], has)).toEqual([
      'e1',
      'e2',
      'e3',
      'w1',
      'w2',
      'w3',
      'e4',
      'w4',
    ]);
  });

  it('keeps the order when the first three already name evidence, and when none does', () => {
    expect(evidenceFirst(['e1', 'e2', 'e3', 'w1', 'e4'], has)).toEqual(['e1', 'e2', 'e3', 'w1', 'e4']);
    expect(evidenceFirst(['w1', 'w2', 'w3'], has)).toEqual(['w1', 'w2', 'w3']);
  });

  it('with fewer evidence matches than places, puts them first and the rest in their own order', () => {
    expect(evidenceFirst(['w1', 'w2', 'e1', 'w3'], has)).toEqual(['e1', 'w1', 'w2', 'w3']);
    expect(evidenceFirst([], has)).toEqual([]);
  });
});
