import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { certificatesByLaw } from './occupation-certificates.ts';

const taxonomy = loadTaxonomy();
const byLabel = (label: string) => taxonomy.occupations.find((o) => o.labelNl === label)!;

describe('certificates an occupation needs by law', () => {
  it('names them by ISCO group, for every occupation', () => {
    expect(certificatesByLaw(byLabel('beveiliger'))).toEqual(['diploma-beveiliger']);
    expect(certificatesByLaw(byLabel('buschauffeur'))).toEqual(['rijbewijs-d', 'code-95']);
    expect(certificatesByLaw(byLabel('algemeen verpleegkundige'))).toEqual(['big-registratie']);
    expect(certificatesByLaw(byLabel('kok'))).toEqual([]);
    for (const o of taxonomy.occupations) expect(Array.isArray(certificatesByLaw(o))).toBe(true);
  });

  it('tells regulated occupations apart within a mixed ISCO group by a word of the label', () => {
    expect(certificatesByLaw(byLabel('technicus koel-, lucht- en verwarmingstechniek'))).toEqual(['f-gassen']);
    expect(certificatesByLaw(byLabel('auto- en bestelwagenkoerier'))).toEqual(['rijbewijs-b']);
  });
});
