/**
 * Typo tolerance with Meilisearch's default rules:
 * - budget per query word: 0 typos below 5 characters, 1 from 5, 2 from 9;
 * - a typo is one insertion, deletion, substitution or adjacent transposition
 *   (optimal-string-alignment Damerau distance, @werkbrug/text/damerau);
 * - like milli's derivations, a wrong FIRST letter costs 2 typos: with a
 *   budget of 1 the first letter must match, with a budget of 2 a different
 *   first letter is allowed only for words at distance 1 (reported as 2).
 */

import { typoBudget } from '@werkbrug/text/damerau';
import { fuzzyWalk } from './fuzzy-walk.ts';
import { prefixRange } from './sorted-terms.ts';

/**
 * Visit every range [start, end) of `sorted` whose terms are within the typo
 * budget of `q` (as whole words, or as prefixes when `prefix`), with the
 * number of typos. Ranges may hold many terms when `prefix` is set.
 */
export function findTypoRanges(
  sorted: readonly string[],
  q: string,
  prefix: boolean,
  emit: (start: number, end: number, typos: number) => void,
): void {
  const budget = typoBudget(q.length);
  if (budget === 0) return;
  const [a, b] = prefixRange(sorted, q.charAt(0));
  fuzzyWalk(sorted, a, b, q, budget, prefix, emit);
  if (budget === 2) {
    const twice = (s: number, e: number) => emit(s, e, 2);
    fuzzyWalk(sorted, 0, a, q, 1, prefix, twice);
    fuzzyWalk(sorted, b, sorted.length, q, 1, prefix, twice);
  }
}
