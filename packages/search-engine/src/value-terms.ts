/**
 * Term ids of short field values, tokenised once per index. Vacancies repeat the same skill and
 * occupation labels, employer names and places thousands of times (about 140 of their ~250 tokens
 * each), so caching a value's ids skips lower-casing, scanning and the hash lookups for most of a
 * document. Stop words are dropped when a value is cached. Long values (descriptions) are unique
 * and never cached; the cache starts over when full or when compaction renumbers the terms.
 */

import type { TermIndex } from './term-index.ts';
import { forEachTermId } from './token-scan.ts';

const MAX_CACHED_LENGTH = 80;
const MAX_ENTRIES = 100_000;

export class ValueTerms {
  private cache = new Map<string, Int32Array>();
  private epoch = -1;
  private readonly scratch: number[] = [];

  constructor(
    private readonly dict: TermIndex,
    private readonly stopWords: ReadonlySet<string>,
  ) {}

  /** Ids of `value`'s tokens (stop words left out), or undefined for values too long to cache. */
  idsOf(value: string): Int32Array | undefined {
    if (value.length > MAX_CACHED_LENGTH) return undefined;
    if (this.epoch !== this.dict.epoch || this.cache.size >= MAX_ENTRIES) {
      this.cache.clear();
      this.epoch = this.dict.epoch;
    }
    let ids = this.cache.get(value);
    if (ids) return ids;
    const scratch = this.scratch;
    scratch.length = 0;
    forEachTermId(value, this.dict, (id) => {
      scratch.push(id);
    });
    ids = Int32Array.from(
      this.stopWords.size > 0 ? scratch.filter((id) => !this.stopWords.has(this.dict.terms[id] as string)) : scratch,
    );
    this.cache.set(value, ids);
    return ids;
  }
}
