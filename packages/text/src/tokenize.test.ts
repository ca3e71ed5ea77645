import { describe, expect, it } from 'vitest';
import { foldText, tokenize, tokenizeQuery, tokenizeValue } from './tokenize.ts';

describe('tokenize', () => {
  it('lower-cases and splits on non letters/digits, keeping digits', () => {
    expect(tokenize('Monteur Zonnepanelen (32-40 uur), rijbewijs-B!')).toEqual([
      'monteur',
      'zonnepanelen',
      '32',
      '40',
      'uur',
      'rijbewijs',
      'b',
    ]);
  });

  it('folds diacritics with NFD', () => {
    expect(tokenize('cliënten één café naïef Über')).toEqual(['clienten', 'een', 'cafe', 'naief', 'uber']);
    expect(foldText('CLIËNTEN')).toBe('clienten');
  });

  it('splits Unicode text on non-letters too', () => {
    expect(tokenize('zorg—welzijn·ICT’s')).toEqual(['zorg', 'welzijn', 'ict', 's']);
  });

  it('handles string arrays and ignores other values', () => {
    expect(tokenizeValue(['VCA basis', 'BHV'])).toEqual(['vca', 'basis', 'bhv']);
    expect(tokenizeValue({ a: 1 })).toEqual([]);
    expect(tokenizeValue(undefined)).toEqual([]);
  });

  it('marks the last query word as prefix only without a trailing separator', () => {
    expect(tokenizeQuery('verpleeg')).toEqual({ words: ['verpleeg'], lastIsPrefix: true });
    expect(tokenizeQuery('verpleeg ')).toEqual({ words: ['verpleeg'], lastIsPrefix: false });
    expect(tokenizeQuery('  ')).toEqual({ words: [], lastIsPrefix: false });
  });
});
