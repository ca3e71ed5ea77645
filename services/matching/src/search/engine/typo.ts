/**
 * Typo tolerance with Meilisearch's default rules:
 * - budget per query word: 0 typos below 5 characters, 1 from 5, 2 from 9;
 * - a typo is one insertion, deletion, substitution or adjacent transposition
 *   (optimal-string-alignment Damerau distance);
 * - like milli's derivations, a wrong FIRST letter costs 2 typos: with a
 *   budget of 1 the first letter must match, with a budget of 2 a different
 *   first letter is allowed only for words at distance 1 (reported as 2).
 */

import { fuzzyWalk } from './fuzzy-walk.ts';
import { prefixRange } from './sorted-terms.ts';

export function typoBudget(wordLength: number): 0 | 1 | 2 {
  if (wordLength >= 9) return 2;
  if (wordLength >= 5) return 1;
  return 0;
}

/** Optimal-string-alignment distance; `max` lets callers stop early (returns max + 1). */
export function damerauDistance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Int32Array(m + 1);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] as number;
}

/** Typos Meilisearch would count between query word `q` and indexed `term` (Infinity if none allowed). */
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
