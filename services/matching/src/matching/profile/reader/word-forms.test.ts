import { describe, expect, it } from 'vitest';
import type { Lexicon } from '@werkbrug/shared/taxonomy/lexicon';
import { wordForms } from './word-forms.ts';
import { formScore, wordVariants } from './words.ts';

const lexicon = {
  synonyms: [
    { words: ['oplossen', 'verhelpen'], scope: 'skill' },
    { words: ['kok', 'chef'], scope: 'title' },
  ],
} as unknown as Lexicon;

describe('word forms', () => {
  it('scores the word itself 1, gender forms nearly so and family forms less', () => {
    const forms = wordVariants('planning');
    expect(forms.get('planning')).toBe(1);
    expect(forms.get('plannen')).toBe(formScore.family);
    expect(wordVariants('verpleegster').get('verpleeger')).toBe(formScore.gender);
    expect(wordVariants('schoonmaak').get('schoonmaker')).toBe(formScore.family);
    expect(wordVariants('storing').get('storingen')).toBe(formScore.gender);
    expect(wordVariants('machine').get('machines')).toBe(formScore.gender);
    expect(wordVariants('metallurgisch').get('metallurgie')).toBe(formScore.family);
    expect(wordVariants('techniek').get('technisch')).toBe(formScore.family);
  });

  it('knows plurals of -man, diminutives and inflected adjectives', () => {
    expect(wordVariants('timmerlieden').has('timmerman')).toBe(true);
    expect(wordVariants('timmermannen').has('timmerman')).toBe(true);
    expect(wordVariants('schoonmaakvrouwen').has('schoonmaakman')).toBe(true);
    expect(wordVariants('kindjes').has('kind')).toBe(true);
    expect(wordVariants('zwaar').has('zware')).toBe(true);
    expect(wordVariants('grote').has('groot')).toBe(true);
    // A word that merely ends in "je" is not a diminutive of nothing.
    expect(wordVariants('baje').has('ba')).toBe(false);
  });

  it('knows a quality and its noun: -heid, -iviteit, -biliteit, -atie', () => {
    expect(wordVariants('betrouwbaar').get('betrouwbaarheid')).toBe(formScore.family);
    expect(wordVariants('zorgvuldigheid').get('zorgvuldig')).toBe(formScore.family);
    expect(wordVariants('creatief').get('creativiteit')).toBe(formScore.family);
    expect(wordVariants('flexibiliteit').get('flexibel')).toBe(formScore.family);
    expect(wordVariants('communicatief').get('communicatie')).toBe(formScore.family);
  });

  it('knows plurals that change the consonant: -zen/-s, -ven/-f', () => {
    expect(wordVariants('glazen').get('glas')).toBe(formScore.gender);
    expect(wordVariants('huizen').get('huis')).toBe(formScore.gender);
    expect(wordVariants('dozen').get('doos')).toBe(formScore.gender);
    expect(wordVariants('brieven').get('brief')).toBe(formScore.gender);
  });

  it('adds synonyms only in their own scope, below the form they stand for', () => {
    const skill = wordForms(lexicon, 'skill');
    const title = wordForms(lexicon, 'title');
    expect(skill.of('verhelpen').get('oplossen')).toBeLessThan(1);
    expect(title.of('verhelpen').has('oplossen')).toBe(false);
    expect(title.of('chef').has('kok')).toBe(true);
  });

  it('writes a two-word text in both orders and with each word replaced by its forms', () => {
    const texts = wordForms(lexicon, 'skill').texts('storingen verhelpen');
    expect(texts).toContain('storingen oplossen');
    expect(texts).toContain('verhelpen storingen');
  });
});
