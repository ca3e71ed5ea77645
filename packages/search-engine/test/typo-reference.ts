/**
 * Test oracle: the typos Meilisearch would count between a query word and one indexed term, by
 * brute force over the term (and its prefixes). `findTypoRanges` must agree with it on every word.
 */
import { damerauDistance, typoBudget } from '@werkbrug/text/damerau';

/** Typos between query word `q` and indexed `term` (Infinity if none allowed). */
export function meiliTypos(q: string, term: string, prefix = false): number {
  const budget = typoBudget(q.length);
  const dist = (max: number) => {
    if (!prefix) return damerauDistance(q, term, max);
    let best = max + 1;
    for (let len = 0; len <= term.length; len++) best = Math.min(best, damerauDistance(q, term.slice(0, len), max));
    return best;
  };
  if (q.charCodeAt(0) === term.charCodeAt(0)) {
    const d = dist(budget);
    return d <= budget ? d : Infinity;
  }
  if (budget < 2) return Infinity;
  return dist(1) <= 1 ? 2 : Infinity;
}
