import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createTaxonomyLookup } from './taxonomy-lookup.ts';
import { normalise } from '@werkbrug/text/tokenize';

const taxonomy = loadTaxonomy();
const lookup = createTaxonomyLookup(taxonomy);
const skillLabel = (uri: string | undefined) => (uri ? taxonomy.skillByUri.get(uri)?.labelNl : undefined);
const occupationLabel = (uri: string | undefined) => (uri ? taxonomy.occupationByUri.get(uri)?.labelNl : undefined);

describe('taxonomy lookup', () => {
  it('folds case and diacritics', () => {
    expect(normalise('Cliënten  HELPEN!')).toBe('clienten helpen');
    expect(occupationLabel(lookup.occupations('HOTELCONCIERGE', 1)[0]?.uri)).toBe('hotelconciërge');
  });

  it('finds occupations by Dutch label, alternative label and English label', () => {
    expect(occupationLabel(lookup.occupations('kok', 1)[0]?.uri)).toBe('kok');
    expect(occupationLabel(lookup.occupations('flight attendant', 1)[0]?.uri)).toBe('cabinemedewerker');
    expect(occupationLabel(lookup.occupations('welder', 1)[0]?.uri)).toBe('lasser');
  });

  it('tolerates typos within the budget and not beyond', () => {
    expect(['steward/stewardess', 'cabinemedewerker']).toContain(
      occupationLabel(lookup.occupations('stewardes', 1)[0]?.uri),
    );
    expect(occupationLabel(lookup.occupations('buschaufeur', 1)[0]?.uri)).toBe('buschauffeur');
    // "kik" is three letters: no typo allowed, so it must not become "kok".
    expect(lookup.occupations('kik', 3).map((h) => occupationLabel(h.uri))).not.toContain('kok');
  });

  it('completes a prefix of the last word', () => {
    expect(occupationLabel(lookup.occupations('buschauf', 1)[0]?.uri)).toBe('buschauffeur');
  });

  it('resolves Dutch synonyms of skills, preferring the skill that carries the word in its label', () => {
    // Six skills list "EHBO"; those that list it first are the typical ones.
    expect(['eerste hulp verlenen', 'eerste hulp']).toContain(skillLabel(lookup.skills('EHBO', 1)[0]?.uri));
    expect(skillLabel(lookup.skills('hygiene', 1)[0]?.uri)).toBe('normen voor persoonlijke hygiëne handhaven');
    expect(skillLabel(lookup.skills('luisteren', 1)[0]?.uri)).toBe('actief luisteren');
  });

  it('ranks best first, scores 0..1 and respects the limit', () => {
    const hits = lookup.skills('klanten', 7);
    expect(hits.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
    expect(lookup.skills('', 5)).toEqual([]);
  });
});
