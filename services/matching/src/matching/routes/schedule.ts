import type { ScoreState } from '../scoring/score-state.ts';
import { canStart, learnerOf, take } from './learner.ts';

/** A course chosen for a route, before it has dates. */
export interface ChosenStep {
  slot: number;
  /** Goal skills this step closes (skill indices). */
  teaches: number[];
  /** Certificates this step gives that the goal, or a later step's entry, asks for. */
  certificates: string[];
  /** The course (slot) whose entry requirement this step meets, or -1. */
  neededBy: number;
}

export interface DatedStep extends ChosenStep {
  /** Day numbers. */
  start: number;
  end: number;
}

function orders(n: number): number[][] {
  if (n <= 1) return [[...Array(n).keys()]];
  const out: number[][] = [];
  for (const rest of orders(n - 1))
    for (let i = 0; i <= rest.length; i++) out.push([...rest.slice(0, i), n - 1, ...rest.slice(i)]);
  return out;
}

/**
 * One step after the other: each starts on its first start date on or after the day the previous one ends
 * (today for the first), and only when its entry requirements are met by then (a certificate or diploma from an
 * earlier step counts). Of the orders that work, the one that is done first wins (the chosen order on a tie).
 * Null when no order fits the published start dates and the entry requirements.
 */
export function schedule(s: ScoreState, steps: readonly ChosenStep[]): DatedStep[] | null {
  const cc = s.model.catalog.courses;
  let best: DatedStep[] | null = null;
  const candidates = orders(steps.length).sort((a, b) => (a.join() < b.join() ? -1 : 1));
  for (const order of candidates) {
    let day = s.today;
    const learner = learnerOf(s);
    const dated: DatedStep[] = [];
    for (const i of order) {
      const step = steps[i]!;
      if (!canStart(s, step.slot, learner)) break;
      take(s, learner, step.slot);
      const start = cc.starts[step.slot]?.find((d) => d >= day);
      if (start === undefined) break;
      day = start + cc.weeks[step.slot]! * 7;
      dated.push({ ...step, start, end: day });
    }
    if (dated.length !== steps.length) continue;
    if (!best || dated[dated.length - 1]!.end < best[best.length - 1]!.end) best = dated;
  }
  return best;
}
