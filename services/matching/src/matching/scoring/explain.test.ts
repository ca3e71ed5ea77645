import { describe, expect, it } from 'vitest';
import { summaryNl } from './explain.ts';

const base = {
  audience: 'jobseeker' as const,
  score: 78,
  matched: 6,
  essential: 8,
  minutes: 17.6,
  mode: 'fiets' as const,
  levelsShort: 0,
  requiredLevel: 3,
  outlook: 'stable' as const,
};

describe('the Dutch one-line summary (B1)', () => {
  it('says how well it fits, the skills count and the trip', () => {
    expect(summaryNl(base)).toBe(
      'Past goed: je hebt 6 van de 8 belangrijke vaardigheden. Je reist ongeveer 18 minuten met de fiets.',
    );
  });

  it('uses the score bands of weights.ts', () => {
    expect(summaryNl({ ...base, score: 55 })).toMatch(/^Past redelijk:/);
    expect(summaryNl({ ...base, score: 30 })).toMatch(/^Past minder goed:/);
  });

  it('adds one fact when it matters: a level gap, or a sector that needs people', () => {
    expect(summaryNl({ ...base, levelsShort: 1, requiredLevel: 4 })).toContain(
      'De werkgever vraagt niveau 4; dat is 1 niveau hoger dan jouw niveau.',
    );
    expect(summaryNl({ ...base, levelsShort: 2, requiredLevel: 5 })).toContain('2 niveaus hoger');
    expect(summaryNl({ ...base, outlook: 'growing' })).toContain('In deze sector zijn veel mensen nodig.');
  });

  it('names the travel mode and speaks about the candidate to an employer', () => {
    expect(summaryNl({ ...base, mode: 'ov' })).toContain('met het openbaar vervoer');
    expect(summaryNl({ ...base, mode: 'auto', audience: 'employer' })).toBe(
      'Past goed: de kandidaat heeft 6 van de 8 belangrijke vaardigheden. De kandidaat reist ongeveer 18 minuten met de auto.',
    );
  });
});
