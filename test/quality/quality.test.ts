import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { qualityCases } from './cases.ts';
import { evaluateQuality, formatReport } from './evaluate.ts';

describe('matching quality on labelled cases', () => {
  it('has at least 30 cases, labelled with occupations the taxonomy knows', () => {
    const known = new Set(loadTaxonomy().occupations.map((o) => o.labelNl));
    expect(qualityCases.length).toBeGreaterThanOrEqual(30);
    for (const c of qualityCases) {
      for (const label of [...Object.keys(c.relevant), ...c.wrong, ...c.occupations.map((o) => o.label)])
        expect(known, `${c.name}: ${label}`).toContain(label);
      for (const w of c.wrong) expect(c.relevant[w], `${c.name}: ${w} is both relevant and wrong`).toBeUndefined();
    }
  });

  it('ranks clearly better than a keyword-only baseline (nDCG@10 and precision@10)', () => {
    const report = evaluateQuality();
    console.log(formatReport(report));
    expect(report.engine.ndcg10).toBeGreaterThanOrEqual(report.baseline.ndcg10 + 0.05);
    expect(report.engine.p10).toBeGreaterThan(report.baseline.p10);
    expect(report.engine.ndcg10).toBeGreaterThan(0.6);
  }, 120_000);
});
