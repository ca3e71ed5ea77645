import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { buildRelatedness, similarity } from './relatedness.ts';

const taxonomy = loadTaxonomy();
const rel = buildRelatedness(taxonomy);
const skill = (label: string) => taxonomy.skills.findIndex((s) => s.labelNl === label);

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
