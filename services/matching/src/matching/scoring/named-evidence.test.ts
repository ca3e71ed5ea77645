import { describe, expect, it } from 'vitest';
import { evidenceFirst } from './named-evidence.ts';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';
import type { VacancyMatch } from '../model/types.ts';

const has = (x: string) => x.startsWith('e');

describe('evidenceFirst', () => {
  it('moves matches with evidence into the first three, the ones they pass right after them', () => {
    expect(evidenceFirst(['w1', 'e1', 'w2', 'w3', 'e2', 'e3', 'e4', 'w4'], has)).toEqual([
      'e1',
      'e2',
      'e3',
      'w1',
      'w2',
      'w3',
      'e4',
      'w4',
    ]);
  });

  it('keeps the order when the first three already name evidence, and when none does', () => {
    expect(evidenceFirst(['e1', 'e2', 'e3', 'w1', 'e4'], has)).toEqual(['e1', 'e2', 'e3', 'w1', 'e4']);
    expect(evidenceFirst(['w1', 'w2', 'w3'], has)).toEqual(['w1', 'w2', 'w3']);
  });

  it('with fewer evidence matches than places, puts them first and the rest in their own order', () => {
    expect(evidenceFirst(['w1', 'w2', 'e1', 'w3'], has)).toEqual(['e1', 'w1', 'w2', 'w3']);
    expect(evidenceFirst([], has)).toEqual([]);
  });
});

describe('evidence from further down the list', () => {
  const { taxonomy, engine } = seeded();
  const names = (m: VacancyMatch) => m.explanation.matchedSkills.length + m.explanation.relatedExperience.length > 0;
  const fits = (m: VacancyMatch) => m.label !== 'too_little_known' && m.label !== 'no_fit';

  it('fills the top three with matches that name evidence when a wish fills the first block', () => {
    // Cabin crew who would rather work in technology: BBL places in the wished sector fill the first
    // ten on the wish and its route; the work her experience fits lies further down.
    const profile = inlineProfile({
      occupations: [{ occupationUri: occupationUri(taxonomy, 'cabinemedewerker'), years: 7 }],
      nlqfLevel: 4,
      postcode: '1941',
      travel: { mode: 'fiets', maxMinutes: 20 },
      wishes: {
        occupations: [],
        sectors: ['technical_energy'],
        excludeOccupations: [],
        excludeSectors: [],
        stayInField: null,
      },
    });
    const ten = engine.matchVacancies(profile, { first: 10 }).matches;
    // Without the reserve none of the first three named evidence here (checked when it was built):
    // the wish's BBL places fill the first ten, and most of them still stand in it.
    expect(ten.filter((m) => !names(m)).length).toBeGreaterThanOrEqual(5);
    const top = ten.slice(0, 3);
    expect(top.every(names)).toBe(true);
    expect(top.every(fits)).toBe(true);
  });
});
