import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createTaxonomyLookup } from './taxonomy-lookup.ts';
import { occupationWeight, resolveProfile } from './resolve.ts';
import { inlineProfile, occupationUri } from '../../testkit/matching.ts';

const taxonomy = loadTaxonomy();
const lookup = createTaxonomyLookup(taxonomy);

describe('resolving a profile', () => {
  it('weights implied skills by years of experience: min(1, 0.5 + years / 10)', () => {
    expect([0, 2, 5, 12].map(occupationWeight)).toEqual([0.5, 0.7, 1, 1]);
  });

  it('keeps URIs it knows and reports the ones it does not, instead of dropping them', () => {
    const unknownSkill = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    const unknownOccupation = 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000';
    const known = taxonomy.skills[0]!.uri;
    const r = resolveProfile(
      inlineProfile({ skills: [known, unknownSkill], occupations: [{ occupationUri: unknownOccupation, years: 3 }] }),
      taxonomy,
      lookup,
    );
    expect(r.explicitSkills).toEqual([known]);
    expect(r.occupations).toEqual([]);
    expect(r.report.unresolved.map((u) => [u.kind, u.value])).toEqual([
      ['skill', unknownSkill],
      ['occupation', unknownOccupation],
    ]);
  });

  it('resolves free text in Dutch or English with typos, and says what it chose', () => {
    const r = resolveProfile(
      inlineProfile({ skillTexts: ['EHBO', 'stressbestendig'], occupationTexts: ['stewardes', 'welder'] }),
      taxonomy,
      lookup,
    );
    const labels = r.occupations.map((o) => taxonomy.occupations[o.index]!.labelNl);
    expect(labels).toContain('lasser');
    expect(labels.some((l) => l === 'steward/stewardess' || l === 'cabinemedewerker')).toBe(true);
    // Bare "EHBO" is a skill (the diploma is a certificate), so first aid is among the readings.
    expect(r.report.resolved.map((x) => x.labelNl).some((l) => /eerste hulp|EHBO/i.test(l))).toBe(true);
    expect(r.report.unresolved).toEqual([]);
  });

  it('counts the years given with a typed occupation, and a documented default without them', () => {
    const r = resolveProfile(
      inlineProfile({ typedOccupations: [{ text: 'stewardess KLM', years: 25 }], occupationTexts: ['kok'] }),
      taxonomy,
      lookup,
    );
    const years = Object.fromEntries(r.occupations.map((o) => [taxonomy.occupations[o.index]!.labelNl, o.years]));
    expect(years).toEqual({ cabinemedewerker: 25, kok: 2 });
    expect(r.report.resolved.find((x) => x.text === 'stewardess KLM')?.years).toBe(25);
  });

  it('holds a certificate typed as a skill or a job as a certificate', () => {
    const r = resolveProfile(
      inlineProfile({ skillTexts: ['heftruckcertificaat', 'rijbewijs C'], occupationTexts: ['VCA'] }),
      taxonomy,
      lookup,
    );
    expect(r.certificates).toEqual(['heftruck', 'rijbewijs-c', 'vca-basis']);
    expect(r.explicitSkills).toEqual([]);
    expect(r.report.resolved.map((x) => x.kind)).toEqual(['certificate', 'certificate', 'certificate']);
  });

  it('treats a non-URI entry in skills as free text', () => {
    const r = resolveProfile(inlineProfile({ skills: ['eerste hulp verlenen'] }), taxonomy, lookup);
    expect(r.explicitSkills.map((u) => taxonomy.skillByUri.get(u)?.labelNl)).toEqual(['eerste hulp verlenen']);
  });

  it('reads several skills typed in one field part by part, and asks as typed when a part is unclear', () => {
    const r = resolveProfile(
      inlineProfile({ skillTexts: ['kassa en klantcontact', 'kassa en qqqqxxxx'] }),
      taxonomy,
      lookup,
    );
    expect(r.report.resolved.map((x) => x.text)).toEqual(['kassa', 'klantcontact']);
    expect(r.report.unresolved.map((u) => u.value)).toEqual(['kassa en qqqqxxxx']);
  });

  it('reports gibberish and an unknown postcode with suggestions where there are any', () => {
    const r = resolveProfile(inlineProfile({ skillTexts: ['qqqqxxxx'], postcode: '9999' }), taxonomy, lookup);
    expect(r.report.unresolved.map((u) => u.kind)).toEqual(['skill', 'postcode']);
    expect(r.location).toBeNull();
  });

  it('merges an occupation given twice, keeping the longest experience', () => {
    const uri = occupationUri(taxonomy, 'kok');
    const r = resolveProfile(
      inlineProfile({
        occupations: [
          { occupationUri: uri, years: 1 },
          { occupationUri: uri, years: 6 },
        ],
      }),
      taxonomy,
      lookup,
    );
    expect(r.occupations).toEqual([
      { index: taxonomy.occupations.findIndex((o) => o.uri === uri), uri, years: 6, weight: 1 },
    ]);
  });

  it('never carries demographics into the resolved profile', () => {
    const r = resolveProfile(
      inlineProfile({ demographics: { birthYear: 1960, gender: 'vrouw', nationality: 'Poolse' } }),
      taxonomy,
      lookup,
    );
    expect(JSON.stringify(r)).not.toMatch(/1960|vrouw|Poolse|demographics/);
  });
});
