import { describe, expect, it } from 'vitest';
import { certificateFactor, hoursGap, hoursValue, levelValue, reachValue } from './formulas.ts';
import { combineEvidence } from './components.ts';
import { certificateMask } from '../model/certificate-routes.ts';
import { components, hours, level } from '../weights.ts';

describe('evidence', () => {
  it('is nothing without any source, and each source alone counts by its strength', () => {
    expect(combineEvidence(0, 0, 0)).toBe(0);
    const strength = Object.fromEntries(components.map((c) => [c.name, c.weight]));
    expect(combineEvidence(1, 0, 0)).toBeCloseTo(strength.skills!);
    expect(combineEvidence(0, 1, 0)).toBeCloseTo(strength.experience!);
    expect(combineEvidence(0, 0, 1)).toBeCloseTo(strength.wish!);
  });

  it('combines sources as independent hints: more evidence never lowers it, and it stays below 1', () => {
    for (const [a, b, c] of [
      [0.2, 0.3, 0],
      [0.5, 0.5, 0.5],
      [0.9, 0.1, 0.4],
    ] as const) {
      const e = combineEvidence(a, b, c);
      expect(e).toBeGreaterThan(Math.max(a, 0.9 * b, 0.7 * c) - 1e-12);
      expect(e).toBeLessThanOrEqual(1);
      expect(combineEvidence(a + 0.05, b, c)).toBeGreaterThanOrEqual(e);
      expect(combineEvidence(a, b + 0.05, c)).toBeGreaterThanOrEqual(e);
    }
  });

  it('declares every evidence source before the modulators, and modulators never add', () => {
    const kinds = components.map((c) => c.kind);
    expect(kinds.lastIndexOf('evidence')).toBeLessThan(kinds.indexOf('modulator'));
    for (const c of components) if (c.kind === 'modulator') expect(c.weight).toBe(1);
  });
});

describe('modulators', () => {
  it('hours: a gap either way costs the same; a few hours cost nothing', () => {
    expect(hoursGap(24, 32, 32, 40)).toBe(0);
    expect(hoursGap(8, 12, 36, 40)).toBe(24);
    expect(hoursGap(32, 40, 16, 24)).toBe(8);
    expect(hoursValue(24, 32, 32, 40)).toBe(1);
    expect(hoursValue(24, 32, 34, 40)).toBe(1);
    expect(hoursValue(32, 40, 16, 24)).toBeCloseTo(hoursValue(16, 24, 32, 40));
    expect(hoursValue(32, 40, 16, 24)).toBeCloseTo(1 - hours.perHour * (8 - hours.freeGap));
    expect(hoursValue(8, 12, 36, 40)).toBe(hours.floor);
    expect(hoursValue(8, 12, 20, 24)).toBeLessThan(hoursValue(8, 12, 16, 24));
  });

  it('level: one short is recoverable, more is a gap; BBL is softer; far above is over-qualified', () => {
    expect(levelValue(3, 3, false)).toBe(1);
    expect(levelValue(3, 1, false)).toBe(1);
    expect(levelValue(3, 4, false)).toBe(level.byLevelsShort[1]);
    expect(levelValue(3, 5, false)).toBe(level.byLevelsShort[2]);
    expect(levelValue(1, 6, false)).toBe(level.byLevelsShort[3]);
    expect(levelValue(2, 3, true)).toBe(1);
    expect(levelValue(2, 4, true)).toBeGreaterThan(levelValue(2, 4, false));
    expect(levelValue(7, 4, false)).toBe(level.byLevelsAbove[3]);
    expect(levelValue(7, 2, false)).toBe(level.byLevelsAbove[4]);
    expect(levelValue(7, 4, false)).toBeLessThan(1);
  });

  it('reach: 1 next door, falling to 1 - falloff at the travel limit', () => {
    expect(reachValue(0, 30)).toBe(1);
    expect(reachValue(30, 30)).toBeCloseTo(0.8);
    expect(reachValue(15, 30)).toBeGreaterThan(reachValue(20, 30));
  });

  it('certificates: by how long they take to get, softer when the employer trains', () => {
    expect(certificateFactor(0, false)).toBe(1);
    const day = certificateFactor(certificateMask(['heftruck']), false);
    const short = certificateFactor(certificateMask(['rijbewijs-c']), false);
    const long = certificateFactor(certificateMask(['big-registratie']), false);
    expect(day).toBeGreaterThan(short);
    expect(short).toBeGreaterThan(long);
    expect(certificateFactor(certificateMask(['rijbewijs-c']), true)).toBeGreaterThan(short);
    expect(certificateFactor(certificateMask(['rijbewijs-c', 'code-95']), false)).toBeCloseTo(short * short);
    // Bit 31 (the last key) works as an unsigned mask too.
    expect(certificateFactor(certificateMask(['nt2-b2']), false)).toBeLessThan(1);
  });
});
