/**
 * Edit distance with Meilisearch's typo rules, shared by the search engine (typo tolerance) and the
 * matching engine's taxonomy lookup, so "one typo" means the same thing in both.
 */

/** Typo budget by word length: none below 5 letters, one from 5, two from 9 (Meilisearch's defaults). */
export function typoBudget(wordLength: number): 0 | 1 | 2 {
  if (wordLength >= 9) return 2;
  if (wordLength >= 5) return 1;
  return 0;
}

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance: an insertion, deletion,
 * substitution or swap of neighbouring letters ("monteru") is one edit, as Meilisearch counts it.
 * With `max` it returns `max + 1` as soon as the distance must exceed `max`, which keeps a scan over
 * thousands of labels cheap. Three rolling typed rows: two back (for swaps), previous, current.
 */
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
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}
