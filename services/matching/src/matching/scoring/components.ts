import { componentNames, type ComponentName, baseWeights, education, hours, reach } from '../weights.ts';

/** The component formulas, one small pure function each, so tests and explanations share them. */

export function educationValue(personLevel: number, requiredLevel: number): number {
  const short = Math.max(0, requiredLevel - personLevel);
  return education.byLevelsShort[Math.min(short, education.byLevelsShort.length - 1)]!;
}

/** 1 next door, falling linearly to 1 - falloff at the person's own travel limit. */
export function reachValue(minutes: number, maxMinutes: number): number {
  return Math.max(0, Math.min(1, 1 - (reach.falloff * minutes) / maxMinutes));
}

/** 1 when the ranges overlap; otherwise the gap, as a share of the wanted bound, costs gapPenalty each. */
export function hoursValue(wantedMin: number, wantedMax: number, offeredMin: number, offeredMax: number): number {
  if (offeredMax < wantedMin) return Math.max(0, 1 - (hours.gapPenalty * (wantedMin - offeredMax)) / wantedMin);
  if (offeredMin > wantedMax) return Math.max(0, 1 - (hours.gapPenalty * (offeredMin - wantedMax)) / wantedMax);
  return 1;
}

export const componentIndex: Record<ComponentName, number> = Object.fromEntries(
  componentNames.map((n, i) => [n, i]),
) as Record<ComponentName, number>;

/** Weights of the components that apply, scaled to sum to 1 (see weights.ts). */
export function effectiveWeights(applies: { text: boolean; transition: boolean }): Float64Array {
  const w = new Float64Array(componentNames.length);
  let sum = 0;
  componentNames.forEach((name, i) => {
    const on = name === 'text' ? applies.text : name === 'transition' ? applies.transition : true;
    w[i] = on ? baseWeights[name] : 0;
    sum += w[i]!;
  });
  for (let i = 0; i < w.length; i++) w[i]! /= sum;
  return w;
}
