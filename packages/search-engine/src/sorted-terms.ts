/**
 * Binary-search helpers over a lexicographically sorted term array. The sorted
 * array doubles as an implicit trie: every prefix is a contiguous range, which
 * is what lets the typo walk skip whole subtrees.
 */

/** First index in [lo, hi) whose term is >= key. */
export function lowerBound(terms: readonly string[], key: string, lo = 0, hi = terms.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `term` starts with the first `len` characters of `path`. */
function sharesPrefix(term: string, path: string, len: number): boolean {
  if (term.length < len) return false;
  for (let i = len - 1; i >= 0; i--) if (term.charCodeAt(i) !== path.charCodeAt(i)) return false;
  return true;
}

/**
 * End of the run of terms sharing `path.slice(0, len)`, starting at `from`
 * (which must share it). Gallops first: most subtrees the typo walk skips
 * are tiny, so this is usually a couple of comparisons.
 */
export function prefixRunEnd(terms: readonly string[], from: number, hi: number, path: string, len: number): number {
  let step = 1;
  let lo = from + 1;
  let probe = from + 1;
  while (probe < hi && sharesPrefix(terms[probe] as string, path, len)) {
    lo = probe + 1;
    step <<= 1;
    probe = from + step;
  }
  let end = Math.min(probe, hi);
  while (lo < end) {
    const mid = (lo + end) >>> 1;
    if (sharesPrefix(terms[mid] as string, path, len)) lo = mid + 1;
    else end = mid;
  }
  return lo;
}

/** [start, end) of all terms starting with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string, lo = 0, hi = terms.length): [number, number] {
  const start = lowerBound(terms, prefix, lo, hi);
  if (start >= hi || !sharesPrefix(terms[start] as string, prefix, prefix.length)) return [start, start];
  return [start, prefixRunEnd(terms, start, hi, prefix, prefix.length)];
}
