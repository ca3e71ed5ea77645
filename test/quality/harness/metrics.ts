/**
 * Ranking metrics over graded gains 2 / 1 / 0 (linear gains, log2 discount).
 *
 * One occupation must not fill the list (issue 10): in a top k, the fourth and later vacancy of the same
 * occupation gains 0, in the ranking and in the ideal ranking alike (the ideal takes the best grades
 * with at most three per occupation, which greedy selection gets right).
 */

export interface Graded {
  grade: number;
  occupation: string | null;
}

export const maxPerOccupation = 3;

export function diversityCapped(ranked: readonly Graded[], k: number): number[] {
  const seen = new Map<string, number>();
  return ranked.slice(0, k).map((r, i) => {
    const key = r.occupation ?? `none-${i}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n > maxPerOccupation ? 0 : r.grade;
  });
}

export function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  gains.slice(0, k).forEach((g, i) => {
    sum += g / Math.log2(i + 2);
  });
  return sum;
}

/** The best top k the pool allows (at most three per occupation). */
export function idealGains(pool: readonly Graded[], k: number): number[] {
  const sorted = pool.filter((p) => p.grade > 0).sort((a, b) => b.grade - a.grade);
  const seen = new Map<string, number>();
  const out: number[] = [];
  for (const p of sorted) {
    const key = p.occupation ?? `none-${out.length}`;
    const n = (seen.get(key) ?? 0) + 1;
    if (n > maxPerOccupation) continue;
    seen.set(key, n);
    out.push(p.grade);
    if (out.length === k) break;
  }
  return out;
}

/** nDCG@k, or null when the pool holds nothing graded above 0 (the case says nothing then). */
export function ndcgAt(ranked: readonly Graded[], pool: readonly Graded[], k: number): number | null {
  const ideal = dcg(idealGains(pool, k), k);
  if (ideal === 0) return null;
  return dcg(diversityCapped(ranked, k), k) / ideal;
}

/**
 * P@k: the share of the top k rated >= 1. The denominator is k, or the number of vacancies rated >= 1
 * in the pool when that is smaller (so a perfect answer scores 1); null when the pool has none.
 */
export function precisionAt(ranked: readonly Graded[], pool: readonly Graded[], k: number): number | null {
  const relevant = pool.filter((p) => p.grade >= 1).length;
  if (relevant === 0) return null;
  return ranked.slice(0, k).filter((r) => r.grade >= 1).length / Math.min(k, relevant);
}

export function mean(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}
