import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { buildRelatedness } from './relatedness.ts';
import { createTransitions } from './transitions.ts';
import { occupationRoutes, routeStrength } from './sector-routes.ts';

const taxonomy = loadTaxonomy();
const transitions = createTransitions(taxonomy, buildRelatedness(taxonomy));
const occ = (label: string) => {
  const i = taxonomy.occupations.findIndex((o) => o.labelNl === label);
  if (i < 0) throw new Error(`No occupation ${label}`);
  return i;
};
const sim = (from: string, to: string) => transitions.row(occ(from))[occ(to)]!;

describe('occupation transitions', () => {
  it('is 1 on the diagonal and between 0 and 1 elsewhere (a sample of rows: all of them is the whole table)', () => {
    for (let a = 0; a < transitions.size; a += 97) {
      const row = transitions.row(a);
      expect(row.length).toBe(taxonomy.occupations.length);
      expect(row[a]).toBe(1);
      let bad = 0;
      for (const v of row) if (!(v >= 0 && v <= 1)) bad++;
      expect(bad).toBe(0);
    }
  });

  it('computes a row once and serves it again from the cache', () => {
    const a = occ('kok');
    expect(transitions.row(a)).toBe(transitions.row(a));
  });

  it('ranks close moves above far ones', () => {
    expect(sim('purser', 'cabinemedewerker')).toBeGreaterThan(sim('purser', 'software ontwikkelaar'));
    expect(sim('kok', 'keukenhulp')).toBeGreaterThan(sim('kok', 'lasser'));
    expect(sim('metaalwalsbediener', 'lasser')).toBeGreaterThan(sim('metaalwalsbediener', 'leraar basisonderwijs'));
  });

  it('counts the documented regional moves as closeness (cabin crew into care, security, customer contact)', () => {
    expect(sim('cabinemedewerker', 'zorghulp')).toBeGreaterThan(sim('cabinemedewerker', 'metselaar') + 0.3);
    expect(sim('cabinemedewerker', 'beveiliger')).toBeGreaterThan(sim('cabinemedewerker', 'lasser'));
    expect(sim('kok', 'zorghulp')).toBeGreaterThan(sim('kok', 'software ontwikkelaar'));
    expect(sim('metaalwalsbediener', 'monteur elektrische installaties')).toBeGreaterThan(
      sim('metaalwalsbediener', 'kassamedewerker'),
    );
    expect(sim('podiumtechnicus', 'monteur elektrische installaties')).toBeGreaterThan(
      sim('podiumtechnicus', 'zorghulp'),
    );
  });
});

describe('documented routes', () => {
  const o = (label: string) => taxonomy.occupations[occ(label)]!;

  it('apply only from the occupations they are documented for, and only to their targets', () => {
    expect(routeStrength(o('cabinemedewerker'), o('zorghulp'))).toBe(1);
    expect(routeStrength(o('marshaller'), o('zorghulp'))).toBe(0);
    expect(routeStrength(o('cabinemedewerker'), o('metselaar'))).toBe(0);
    expect(routeStrength(o('kok'), o('medewerker kinderdagverblijf'))).toBeGreaterThan(0);
    expect(routeStrength(o('winkelmedewerker'), o('magazijnmedewerker'))).toBeGreaterThan(0);
  });

  it('each name a source and a strength between 0 and 1', () => {
    for (const r of occupationRoutes) {
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.strength).toBeGreaterThan(0);
      expect(r.strength).toBeLessThanOrEqual(1);
    }
  });
});
