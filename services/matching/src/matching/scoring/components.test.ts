import { describe, expect, it } from 'vitest';
import { educationValue, effectiveWeights, hoursValue, reachValue } from './components.ts';
import { baseWeights, componentNames } from '../weights.ts';

describe('component formulas', () => {
  it('education: equal or higher 1, one short 0.6, two short 0.2, more 0', () => {
    expect([
      educationValue(3, 2),
      educationValue(3, 3),
      educationValue(3, 4),
      educationValue(3, 5),
      educationValue(2, 6),
    ]).toEqual([1, 1, 0.6, 0.2, 0]);
  });

  it('reach: 1 next door, falling to 0.4 at the travel limit', () => {
    expect(reachValue(0, 30)).toBe(1);
    expect(reachValue(30, 30)).toBeCloseTo(0.4);
    expect(reachValue(15, 30)).toBeGreaterThan(reachValue(20, 30));
  });

  it('hours: 1 when the ranges overlap, less with a gap either way', () => {
    expect(hoursValue(24, 32, 32, 40)).toBe(1);
    expect(hoursValue(32, 40, 16, 24)).toBeCloseTo(1 - (1.6 * 8) / 32);
    expect(hoursValue(12, 20, 36, 40)).toBeCloseTo(Math.max(0, 1 - (1.6 * 16) / 20));
    expect(hoursValue(36, 40, 38, 38)).toBe(1);
  });

  it('weights of the components that apply sum to 1, in the ratios of weights.ts', () => {
    for (const text of [false, true]) {
      for (const transition of [false, true]) {
        const w = effectiveWeights({ text, transition });
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(w[componentNames.indexOf('text')]! > 0).toBe(text);
        expect(w[componentNames.indexOf('transition')]! > 0).toBe(transition);
        expect(w[0]! / w[2]!).toBeCloseTo(baseWeights.skills / baseWeights.education);
      }
    }
  });
});
