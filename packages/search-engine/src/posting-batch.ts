/**
 * Groups a batch of (term, posting) pairs by term with a stable counting
 * sort, so term-index.ts can write each term's new postings as one run. All
 * buffers are scratch kept between batches; a batch allocates nothing once
 * they have grown to its size.
 */

import { growTyped } from './int-list.ts';

export interface GroupedPostings {
  /** Distinct terms of the batch, in order of first appearance. */
  terms: Int32Array;
  count: number;
  /** Term g's postings are postings[starts[g], starts[g + 1]), in batch order. */
  starts: Int32Array;
  postings: Int32Array;
}

export class PostingBatch {
  /** Per term id: postings in this batch, then the write cursor of its run; zero between batches. */
  private perTerm = new Int32Array(1024);
  private out: GroupedPostings = {
    terms: new Int32Array(64),
    count: 0,
    starts: new Int32Array(65),
    postings: new Int32Array(1024),
  };

  group(terms: Int32Array, packed: Int32Array, n: number, termCount: number): GroupedPostings {
    this.perTerm = growTyped(this.perTerm, termCount, 0);
    const perTerm = this.perTerm;
    const out = this.out;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const t = terms[i] as number;
      const seen = perTerm[t] as number;
      perTerm[t] = seen + 1;
      if (seen === 0) {
        if (count === out.terms.length) out.terms = growTyped(out.terms, count + 1, 0);
        out.terms[count++] = t;
      }
    }
    out.count = count;
    out.starts = growTyped(out.starts, count + 1, 0);
    out.postings = growTyped(out.postings, n, 0);
    const { starts, postings } = out;
    let at = 0;
    for (let g = 0; g < count; g++) {
      const t = out.terms[g] as number;
      starts[g] = at;
      at += perTerm[t] as number;
      perTerm[t] = starts[g] as number; // now the write cursor of the run
    }
    starts[count] = at;
    for (let i = 0; i < n; i++) postings[perTerm[terms[i] as number]!++] = packed[i] as number;
    for (let g = 0; g < count; g++) perTerm[out.terms[g] as number] = 0;
    return out;
  }
}
