import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '@werkbrug/text/tokenize';
import { TermIndex } from '../src/term-index.ts';
import { forEachTermId } from '../src/token-scan.ts';

describe('forEachTermId (indexing-time scanner)', () => {
  const tokensOf = (text: string) => {
    const dict = new TermIndex();
    const out: string[] = [];
    forEachTermId(text, dict, (id) => out.push(dict.terms[id] as string));
    return out;
  };

  it('yields exactly the tokens of tokenize()', () => {
    expect(tokensOf('Cliënten, één ZORG-medewerker! x'.repeat(2))).toEqual(
      tokenize('Cliënten, één ZORG-medewerker! x'.repeat(2)),
    );
    const chars = fc.constantFrom('a', 'Z', '9', ' ', '-', 'ë', 'É', '\u0308', 'ß', '’', '—', 'ĳ', 'x', 'ø');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          expect(tokensOf(text)).toEqual(tokenize(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('yields the tokens of tokenize() for ASCII text, which is scanned without lower-casing it first', () => {
    expect(tokensOf('Lasser MIG/MAG, 3e ploeg @Haarlem [BBL] `x` {y} Z9')).toEqual(
      tokenize('Lasser MIG/MAG, 3e ploeg @Haarlem [BBL] `x` {y} Z9'),
    );
    const chars = fc.constantFrom('a', 'z', 'A', 'Z', 'Q', '0', '9', ' ', '-', '@', '[', '`', '{', '_', '~');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          expect(tokensOf(text + text.toUpperCase())).toEqual(tokenize(text + text.toUpperCase()));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('drops tokens longer than the maximum like tokenize()', () => {
    const long = 'a'.repeat(70);
    expect(tokensOf(`kort ${long} ook`)).toEqual(['kort', 'ook']);
  });
});
