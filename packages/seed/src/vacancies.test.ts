import { describe, expect, it } from 'vitest';
import { regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import { generateDataset } from './generate.ts';

const data = generateDataset({ vacancies: 2400, courses: 20, profiles: 200 });
const regional = new Map(regionalOccupations.map((r) => [r.uri, r]));

describe('demo vacancies from the regional occupation set', () => {
  it('gives every regional occupation vacancies, in proportion to its weight', () => {
    const counts = new Map<string, number>();
    for (const v of data.vacancies) counts.set(v.occupationUri, (counts.get(v.occupationUri) ?? 0) + 1);
    expect(counts.size).toBe(regional.size);
    const heavy = [...regional.values()].sort((a, b) => b.weight - a.weight)[0]!;
    const light = [...regional.values()].sort((a, b) => a.weight - b.weight)[0]!;
    expect(counts.get(heavy.uri)!).toBeGreaterThan(counts.get(light.uri)!);
  });

  it('follows the occupation: its sector, required certificates, starters only where entry is open', () => {
    for (const v of data.vacancies) {
      const r = regional.get(v.occupationUri)!;
      expect(v.sector).toBe(r.sector);
      expect(v.requiredCertificates).toEqual(r.certificates);
      if (v.openToStarters) expect(r.entry).toBe(true);
      if (v.contractType === 'bbl') expect(r.bbl).toBe(true);
      expect(v.nlqfLevel).toBeGreaterThanOrEqual(r.levelMin);
    }
  });

  it('takes the skills from the occupation in ESCO, and some profiles hold certificates', () => {
    expect(data.vacancies.every((v) => v.essentialSkills.length > 0)).toBe(true);
    expect(data.profiles.some((p) => p.certificates.length > 0)).toBe(true);
  });

  it('is deterministic', () => {
    const again = generateDataset({ vacancies: 2400, courses: 20, profiles: 200 });
    expect(again.vacancies.map((v) => `${v.id}:${v.title}:${v.occupationUri}`)).toEqual(
      data.vacancies.map((v) => `${v.id}:${v.title}:${v.occupationUri}`),
    );
  });
});
