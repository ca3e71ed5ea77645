/** Ranking metrics over graded gains (0..3). */

export function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  gains.slice(0, k).forEach((g, i) => {
    sum += (2 ** g - 1) / Math.log2(i + 2);
  });
  return sum;
}

/** nDCG@k: DCG of the ranking over the DCG of the best possible ranking of the whole candidate pool. */
export function ndcg(ranked: readonly number[], pool: readonly number[], k: number): number {
  const ideal = dcg(
    [...pool].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 0 : dcg(ranked, k) / ideal;
}

/** Share of the top k with gain >= 1 (divided by k, so short lists are not rewarded). */
export function precisionAt(ranked: readonly number[], k: number): number {
  return ranked.slice(0, k).filter((g) => g >= 1).length / k;
}
