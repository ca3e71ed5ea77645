import type { ScoreState } from './score-state.ts';
import { makeAdmitter, type CompiledFilter } from './hard-filters.ts';
import { TopK } from '@werkbrug/text/top-k';

/**
 * Scores every vacancy that passes the hard filters; keeps the best `first`. Once the heap is full, a
 * vacancy whose other components plus a perfect skills score still fall below the k-th best cannot
 * enter, so its skills are not counted: the result is exactly that of scoring everything.
 */
export function rankVacancies(
  s: ScoreState,
  f: CompiledFilter,
  first: number,
): { top: { score: number; slot: number }[]; total: number } {
  const v = s.model.catalog.vacancies;
  const ids = v.ids;
  const heap = new TopK(first, (slot) => ids[slot]!);
  const admit = makeAdmitter(s, f);
  const { skills, rest, skillsWeight } = s.evaluator;
  let threshold = heap.threshold();
  let total = 0;
  const end = v.highWater;
  for (let slot = 0; slot < end; slot++) {
    const minutes = admit(slot);
    if (minutes < 0) continue;
    total++;
    const r = rest(slot, minutes);
    if (r + skillsWeight < threshold) continue;
    heap.push(skillsWeight * skills(slot) + r, slot);
    threshold = heap.threshold();
  }
  return { top: heap.sorted(), total };
}
