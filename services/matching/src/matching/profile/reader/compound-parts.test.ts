import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createReader } from './reader.ts';

const taxonomy = loadTaxonomy();
const reader = createReader(taxonomy);
const suggested = (text: string) => {
  const r = reader.title(text);
  return r.status === 'unread' ? r.suggestions.map((s) => taxonomy.occupationByUri.get(s.uri)?.labelNl) : [];
};

describe('a compound job title that is no label, asked by its parts', () => {
  it('suggests what the modifier names, not what the generic job noun alone suggests', () => {
    const haven = suggested('havenmedewerker');
    expect(haven).toEqual(expect.arrayContaining(['havenverkeersleider', 'kraandrijver haven']));
    expect(suggested('zwembadmedewerker')[0]).toBe('manager sportaccommodatie');
  });

  it('takes a modifier typed apart from its job noun the same way', () => {
    expect(suggested('haven medewerker')).toEqual(expect.arrayContaining(['havenverkeersleider']));
  });

  it('leaves a generic job noun typed alone to its own question', () => {
    expect(suggested('medewerker').slice(0, 3)).toEqual([
      'magazijnmedewerker',
      'productiemedewerker',
      'winkelmedewerker',
    ]);
  });
});
