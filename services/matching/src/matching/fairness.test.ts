import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seeded, withoutIds } from '../testkit/matching.ts';

/**
 * Protected attributes (age, gender, origin) are never inputs: whatever the demographics say, every
 * score, explanation, bridge, career path and ranking is the same (AI Act art. 10; DOMAIN.md).
 */
const { data, engine } = seeded();

const demographicsArb = fc.record({
  birthYear: fc.option(fc.integer({ min: 1940, max: 2010 }), { nil: null }),
  gender: fc.option(fc.constantFrom('vrouw' as const, 'man' as const, 'anders' as const, 'onbekend' as const), {
    nil: null,
  }),
  nationality: fc.option(
    fc.constantFrom('Nederlandse', 'Turkse', 'Marokkaanse', 'Poolse', 'Syrische', 'Surinaamse', 'Oekraïense'),
    { nil: null },
  ),
});

describe('fairness: demographics never change a match', () => {
  it('same vacancy matches, scores, explanations and bridges for any demographics', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.profiles), demographicsArb, demographicsArb, (base, d1, d2) => {
        const p = withoutIds(base);
        const a = engine.matchVacancies({ ...p, demographics: d1 }, { first: 20 });
        const b = engine.matchVacancies({ ...p, demographics: d2 }, { first: 20 });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        const { demographics: _drop, ...none } = p;
        expect(JSON.stringify(engine.matchVacancies(none, { first: 20 }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });

  it('same career paths and course advice for any demographics', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.profiles), demographicsArb, demographicsArb, (base, d1, d2) => {
        const p = withoutIds(base);
        expect(JSON.stringify(engine.careerPaths({ ...p, demographics: d2 }, { first: 5 }))).toBe(
          JSON.stringify(engine.careerPaths({ ...p, demographics: d1 }, { first: 5 })),
        );
        expect(JSON.stringify(engine.matchCourses({ ...p, demographics: d2 }, { first: 5 }))).toBe(
          JSON.stringify(engine.matchCourses({ ...p, demographics: d1 }, { first: 5 })),
        );
      }),
      { numRuns: 20 },
    );
  });

  it("an employer's ranking of candidates does not change when everyone's demographics do", () => {
    const vacancy = data.vacancies.find((v) => v.status === 'open' && v.sector === 'healthcare')!;
    fc.assert(
      fc.property(
        fc.array(demographicsArb, { minLength: data.profiles.length, maxLength: data.profiles.length }),
        (ds) => {
          const original = engine.matchProfiles(vacancy.id, data.profiles, { first: 50 });
          const varied = data.profiles.map((p, i) => ({ ...p, demographics: ds[i]! }));
          expect(JSON.stringify(engine.matchProfiles(vacancy.id, varied, { first: 50 }))).toBe(
            JSON.stringify(original),
          );
        },
      ),
      { numRuns: 10 },
    );
  });
});
