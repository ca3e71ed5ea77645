import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseKinds, courseModes, type CourseKind } from '@werkbrug/shared/schemas/course';
import { fundingSituations, validOn, type FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { fundPlan, schemeApplies, type FundingStep } from '@werkbrug/shared/courses/funding-rules';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';

const byKey = new Map(shippedFundingSchemes.map((s) => [s.key, s]));
const scheme = (key: string) => byKey.get(key)!;

function step(kind: CourseKind, price: number, startDate: string, extra: Partial<FundingStep> = {}): FundingStep {
  return {
    course: { kind, mode: kind === 'mbo-bbl' ? 'bbl' : 'klassikaal', price, durationWeeks: 52 },
    startDate,
    employerInRoute: false,
    towardsShortage: true,
    sectors: ['healthcare'],
    ...extra,
  };
}

describe('funding rules on the shipped schemes', () => {
  it('never offer STAP for a course that starts after it ended (1 January 2024)', () => {
    const stap = scheme('stap-budget');
    const anyone = new Set(fundingSituations);
    expect(schemeApplies(stap, step('vakcursus', 900, '2023-06-05'), anyone)).toBe(true);
    expect(schemeApplies(stap, step('vakcursus', 900, '2024-01-01'), anyone)).toBe(false);
    expect(schemeApplies(stap, step('vakcursus', 900, '2027-02-01'), anyone)).toBe(false);
  });

  it('let UWV pay up to € 2.500 of a course towards a shortage occupation for someone in the WW', () => {
    const [paid] = fundPlan(shippedFundingSchemes, new Set(['any', 'ww']), [
      step('mbo-certificaat', 3300, '2027-03-01'),
    ]);
    expect(paid!.grant?.key).toBe('uwv-scholingsbudget-ww');
    expect(paid!.grant?.amount).toBe(2500);
    expect(paid!.cost).toBe(800);
    expect(paid!.checkWithAdviser).toBe(true);
    const [notShortage] = fundPlan(shippedFundingSchemes, new Set(['any', 'ww']), [
      step('mbo-certificaat', 3300, '2027-03-01', { towardsShortage: false }),
    ]);
    expect(notShortage!.grant).toBeNull();
  });

  it('show the Levenlanglerenkrediet as a loan for the rest, never as money off the price', () => {
    const [paid] = fundPlan(shippedFundingSchemes, new Set(['any']), [step('mbo-bol', 3300, '2027-09-06')]);
    expect(paid!.cost).toBe(3300);
    expect(paid!.grant).toBeNull();
    expect(paid!.other).toContainEqual(
      expect.objectContaining({ key: 'levenlanglerenkrediet', role: 'loan', amount: 3300 }),
    );
  });

  it('count the employer and sector funds only when an employer takes part, and sector funds only in their sector', () => {
    const working = new Set(['any'] as const);
    const bbl = step('mbo-bbl', 1300, '2027-02-01', { employerInRoute: true, sectors: ['childcare'] });
    const [paid] = fundPlan(shippedFundingSchemes, working, [bbl]);
    expect(paid!.grant?.key).toBe('werkgever');
    expect(paid!.cost).toBe(0);
    const others = paid!.other.map((o) => `${o.role}:${o.key}`);
    expect(others).toContain('employer:praktijkleren');
    expect(others).toContain('possible:fcb-kinderopvang');
    expect(others).not.toContain('possible:otib-installatiebranche');
    const [alone] = fundPlan(shippedFundingSchemes, working, [{ ...bbl, employerInRoute: false }]);
    expect(alone!.grant).toBeNull();
  });

  it('let the municipality pay a short course for someone in the bijstand, and not for someone who says nothing', () => {
    const course = step('kort-certificaat', 295, '2027-01-04');
    expect(fundPlan(shippedFundingSchemes, new Set(['any', 'bijstand']), [course])[0]!.cost).toBe(0);
    expect(fundPlan(shippedFundingSchemes, new Set(['any']), [course])[0]!.cost).toBe(295);
  });
});

// Random schemes and plans: the three rules the issue asks to prove hold for any data, not only the shipped data.
const day = fc
  .integer({ min: 0, max: 3650 })
  .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const money = fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null });
const arbitraryScheme: fc.Arbitrary<FundingSchemeData> = fc
  .record({
    key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    from: day,
    length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
    situations: fc.subarray([...fundingSituations], { minLength: 1 }),
    kinds: fc.subarray([...courseKinds], { minLength: 1 }),
    requiresEmployer: fc.boolean(),
    perPersonPerYear: money,
    perCourse: money,
    shareOfCost: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    perPlacePerYear: money,
    isLoan: fc.boolean(),
    certain: fc.boolean(),
  })
  .map((r) => {
    const until =
      r.length === null ? null : new Date(Date.parse(r.from) + r.length * 86_400_000).toISOString().slice(0, 10);
    return {
      key: r.key,
      nameNl: r.key,
      nameEn: r.key,
      kind: r.isLoan ? 'loan' : 'budget',
      validFrom: r.from,
      validUntil: until,
      status: until === null ? 'active' : 'ended',
      who: { situations: r.situations, ageMin: null, ageMax: null, other: null },
      courses: {
        kinds: r.kinds,
        requiresShortageOccupation: false,
        requiresEmployer: r.requiresEmployer,
        requiresBbl: false,
        sectors: null,
        note: null,
      },
      caps: {
        perPersonPerYear: r.perPersonPerYear,
        perCourse: r.perCourse,
        shareOfCost: r.shareOfCost,
        perPlacePerYear: r.perPlacePerYear,
      },
      capsCombine: null,
      isLoan: r.isLoan,
      certainty: r.certain ? 'certain' : 'uncertain',
      uncertainNote: r.certain ? null : 'onzeker',
      howToApply: null,
      sourceUrl: null,
      descriptionNl: '',
      descriptionEn: '',
    } satisfies FundingSchemeData;
  });
const arbitraryStep: fc.Arbitrary<FundingStep> = fc.record({
  course: fc.record({
    kind: fc.constantFrom(...courseKinds),
    mode: fc.constantFrom(...courseModes),
    price: fc.integer({ min: 0, max: 9000 }),
    durationWeeks: fc.integer({ min: 1, max: 208 }),
  }),
  startDate: day,
  employerInRoute: fc.boolean(),
  towardsShortage: fc.boolean(),
  sectors: fc.constant(['healthcare']),
});
const situations = fc.subarray([...fundingSituations]).map((s) => new Set(['any' as const, ...s]));
const plan = fc.tuple(
  fc.array(arbitraryScheme, { maxLength: 6 }),
  situations,
  fc.array(arbitraryStep, { maxLength: 5 }),
);

describe('funding rules hold for any schemes and plans', () => {
  it('never offer a scheme for a course that starts outside its validity (an ended scheme after its end)', () => {
    fc.assert(
      fc.property(plan, ([schemes, who, steps]) => {
        const funded = fundPlan(schemes, who, steps);
        funded.forEach((f, i) => {
          for (const use of [f.grant, ...f.other].filter((u) => u !== null)) {
            const offered = schemes.filter((s) => s.key === use.key);
            expect(offered.some((s) => validOn(s, steps[i]!.startDate))).toBe(true);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never let one scheme pay more than its per-person-per-year cap over a whole plan', () => {
    fc.assert(
      fc.property(plan, ([schemes, who, steps]) => {
        const funded = fundPlan(schemes, who, steps);
        const paid = new Map<string, number>();
        funded.forEach((f, i) => {
          if (!f.grant) return;
          const k = `${f.grant.key}/${steps[i]!.startDate.slice(0, 4)}`;
          paid.set(k, (paid.get(k) ?? 0) + f.grant.amount);
        });
        for (const [k, amount] of paid) {
          const caps = schemes.filter((s) => s.key === k.split('/')[0]).map((s) => s.caps.perPersonPerYear);
          if (caps.every((c) => c !== null)) expect(amount).toBeLessThanOrEqual(Math.max(...(caps as number[])) + 0.01);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never count a loan as money that lowers the cost', () => {
    fc.assert(
      fc.property(plan, ([schemes, who, steps]) => {
        const withLoans = fundPlan(schemes, who, steps);
        const withoutLoans = fundPlan(
          schemes.filter((s) => !s.isLoan),
          who,
          steps,
        );
        expect(withLoans.map((f) => f.cost)).toEqual(withoutLoans.map((f) => f.cost));
        for (const f of withLoans) {
          for (const loan of f.other.filter((o) => o.role === 'loan')) expect(loan.amount).toBe(f.cost);
          if (f.grant) expect(schemes.some((s) => s.key === f.grant!.key && !s.isLoan)).toBe(true);
          expect(f.cost).toBe(Math.round(Math.max(0, f.price - (f.grant?.amount ?? 0)) * 100) / 100);
        }
      }),
      { numRuns: 500 },
    );
  });
});
