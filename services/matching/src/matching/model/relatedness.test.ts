import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { buildRelatedness, similarity } from './relatedness.ts';
import { buildTransitions } from './transitions.ts';
import { routeStrength } from './sector-routes.ts';

const taxonomy = loadTaxonomy();
const rel = buildRelatedness(taxonomy);
const transitions = buildTransitions(taxonomy, rel);
const skill = (label: string) => taxonomy.skills.findIndex((s) => s.labelNl === label);
const occ = (label: string) => taxonomy.occupations.findIndex((o) => o.labelNl === label);
const sim = (from: string, to: string) => transitions.row(occ(from))[occ(to)]!;

describe('skill relatedness', () => {
  it('links skills with the same meaning across occupations', () => {
    expect(similarity(rel, skill('eerste hulp verlenen'), skill('eerste hulp'))).toBeGreaterThan(0.5);
    expect(
      similarity(rel, skill('technologieën voor het verbinden van metalen'), skill('metalen verbinden')),
    ).toBeGreaterThan(0.5);
  });

  it('is 1 for the same skill, 0 for unrelated ones, and bounded', () => {
    const a = skill('klantenservice verlenen');
    expect(similarity(rel, a, a)).toBe(1);
    expect(similarity(rel, skill('Haskell'), skill('eerste hulp verlenen'))).toBe(0);
    for (const i of [a, skill('eerste hulp'), skill('Haskell')]) {
      for (const w of rel.row(i).weight) {
        expect(w).toBeGreaterThanOrEqual(0.3);
        expect(w).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('occupation transitions', () => {
  it('is 1 on the diagonal and between 0 and 1 elsewhere', () => {
    // A sample of rows: all 3,007 would compute the whole table.
    for (let a = 0; a < transitions.size; a += 97) {
      const row = transitions.row(a);
      expect(row[a]).toBe(1);
      for (let b = 0; b < transitions.size; b++) {
        const v = row[b]!;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  it('ranks close moves above far ones', () => {
    expect(sim('purser', 'cabinemedewerker')).toBeGreaterThan(sim('purser', 'software ontwikkelaar'));
    expect(sim('kok', 'keukenhulp')).toBeGreaterThan(sim('kok', 'lasser'));
    expect(sim('metaalwalsbediener', 'lasser')).toBeGreaterThan(sim('metaalwalsbediener', 'leraar basisonderwijs'));
    // Documented route (KLM + ActiZ): cabin crew into care beats cabin crew into construction.
    expect(sim('cabinemedewerker', 'zorghulp')).toBeGreaterThan(sim('cabinemedewerker', 'metselaar'));
  });

  it('applies regional routes only from the occupations they are documented for', () => {
    const cabin = taxonomy.occupations[occ('cabinemedewerker')]!;
    const marshaller = taxonomy.occupations[occ('marshaller')]!;
    expect(routeStrength(cabin, 'healthcare')).toBe(1);
    expect(routeStrength(marshaller, 'healthcare')).toBe(0);
  });
});
