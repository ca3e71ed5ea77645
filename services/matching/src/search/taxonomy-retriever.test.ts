import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createTaxonomyLookup } from '../matching/profile/taxonomy-lookup.ts';
import { createTaxonomyRetriever } from './taxonomy-retriever.ts';

const taxonomy = loadTaxonomy();
const lookup = createTaxonomyLookup(taxonomy, createTaxonomyRetriever(taxonomy));
const label = (uri: string | undefined) =>
  uri ? (taxonomy.skillByUri.get(uri) ?? taxonomy.occupationByUri.get(uri))?.labelNl : undefined;

describe('resolving free text through the search engine', () => {
  it('reads Dutch, English, synonyms and typos as the right taxonomy item', () => {
    expect(label(lookup.skills('eerste hulp verlenen', 1)[0]?.uri)).toBe('eerste hulp verlenen');
    expect(label(lookup.skills('EHBO', 3)[0]?.uri)).toMatch(/eerste hulp/);
    expect(label(lookup.skills('provide first aid', 1)[0]?.uri)).toBe('eerste hulp verlenen');
    expect(label(lookup.occupations('verpleegkundge', 1)[0]?.uri)).toBe('algemeen verpleegkundige');
    expect(label(lookup.occupations('stewardess', 1)[0]?.uri)).toMatch(/cabinemedewerker|steward/);
    expect(label(lookup.occupations('flight attendant', 1)[0]?.uri)).toBe('cabinemedewerker');
  });

  it('gives calibrated scores: a clear hit is accepted, nonsense is not', () => {
    expect(lookup.skills('eerste hulp verlenen', 1)[0]!.score).toBeGreaterThanOrEqual(0.9);
    const nonsense = lookup.skills('qwxzv plork', 3);
    expect(nonsense.every((h) => h.score < 0.6)).toBe(true);
  });
});
