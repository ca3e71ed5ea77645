/**
 * Ranking model. Reproduces Meilisearch's default rules with one integer per
 * document:
 *   words      bucket = length of the longest run of query units, from the
 *              first, that the doc matches (matchingStrategy 'last': words
 *              are dropped from the end). Docs must match the first unit.
 *   typo       fewer typos over the matched units          (x 1e6 per unit)
 *   proximity  SKIPPED: positions are not indexed, to keep postings at one
 *              int per (term, doc) and the index small.
 *   attribute  best field weight of each matched unit      (x 1e3 per unit)
 *   exactness  exact/synonym > stem > prefix > typo        (x 1 per unit)
 * score = bucket * 1e8 + sum over matched units of the best candidate's
 * (2 - typos) * 1e6 + attribute * 1e3 + level. With <= 10 units and
 * attribute <= 99 no component can overflow into the next, so comparing
 * scores compares the rules lexicographically (and the unit sum stays below
 * 2^31, so it fits an Int32Array). A `sort` request is applied BEFORE this
 * score (see search-exec.ts).
 */

export const BUCKET_WEIGHT = 1e8;
export const TYPO_WEIGHT = 1e6;
export const ATTRIBUTE_WEIGHT = 1e3;
export const MAX_ATTRIBUTE = 99;
export const MAX_LEVEL = 3;
export const UNIT_MAX = 2 * TYPO_WEIGHT + MAX_ATTRIBUTE * ATTRIBUTE_WEIGHT + MAX_LEVEL;

/** Base score of a candidate term before its attribute is added. */
export function candidateBase(typos: number, level: number): number {
  return (2 - typos) * TYPO_WEIGHT + level;
}
