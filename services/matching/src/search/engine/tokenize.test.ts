import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermIndex } from './term-index.ts';
import { forEachTermId } from './token-scan.ts';
import { foldText, tokenize, tokenizeQuery, tokenizeValue } from './tokenize.ts';

describe('tokenize', () => {
  it('lower-cases and splits on non letters/digits, keeping digits', () => {
    expect(tokenize('Monteur Zonnepanelen (32-40 uur), rijbewijs-B!')).toEqual([
      'monteur', 'zonnepanelen', '32', '40', 'uur', 'rijbewijs', 'b',
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

describe('forEachTermId (indexing-time scanner)', () => {
  const tokensOf = (text: string) => {
    const dict = new TermIndex();
    const out: string[] = [];
    forEachTermId(text, dict, (id) => out.push(dict.terms[id] as string));
    return out;
  };

  it('yields exactly the tokens of tokenize()', () => {
    expect(tokensOf('Cliënten, één ZORG-medewerker! x'.repeat(2))).toEqual(tokenize('Cliënten, één ZORG-medewerker! x'.repeat(2)));
    const chars = fc.constantFrom('a', 'Z', '9', ' ', '-', 'ë', 'É', '\u0308', 'ß', '’', '—', 'ĳ', 'x', 'ø');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(tokensOf(text)).toEqual(tokenize(text));
      }),
      { numRuns: 500 },
    );
  });

  it('drops tokens longer than the maximum like tokenize()', () => {
    const long = 'a'.repeat(70);
    expect(tokensOf(`kort ${long} ook`)).toEqual(['kort', 'ook']);
  });
});
