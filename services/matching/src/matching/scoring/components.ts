import { type ComponentName, components, education, hours, reach } from '../weights.ts';

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

/** A component's position in weight and value arrays (declaration order). */
export const componentIndex: Record<ComponentName, number> = Object.fromEntries(
  components.map((c, i) => [c.name, i]),
) as Record<ComponentName, number>;

/**
 * Weights of the components that apply, in declaration order, scaled to sum to 1 (see weights.ts).
 * A component declared with `onlyWhen` applies only when `applies` says so by its name.
 */
export function effectiveWeights(applies: Partial<Record<ComponentName, boolean>>): Float64Array {
  const w = new Float64Array(components.length);
  let sum = 0;
  components.forEach((c: { name: ComponentName; weight: number; onlyWhen?: string }, i) => {
    const on = c.onlyWhen === undefined || applies[c.name] === true;
    w[i] = on ? c.weight : 0;
    sum += w[i]!;
  });
  for (let i = 0; i < w.length; i++) w[i]! /= sum;
  return w;
}
