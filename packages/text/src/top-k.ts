/**
 * The best k (score, slot) pairs of a stream, in a binary min-heap over two typed arrays: O(n log k)
 * with no allocation per candidate, and most candidates rejected by one comparison with the root.
 * Higher scores rank first. Equal scores are ordered by a tie-break, so that results do not depend
 * on the order in which candidates arrive:
 * - a key per slot, lower first (the matching engine passes the vacancy id; the default is the slot);
 * - or, for several sort keys, an order `{ before(a, b) }` that is true when slot a ranks before b.
 * Used by the matching engine (scores, with a threshold that lets it skip hopeless candidates) and
 * the search engine (sort keys, then relevance, then insertion order).
 */
export type TieBreak = ((slot: number) => string | number) | { before(a: number, b: number): boolean };

const bySlot = (slot: number) => slot;

export class TopK {
  private readonly scores: Float64Array;
  private readonly slots: Int32Array;
  private readonly before: (a: number, b: number) => boolean;
  private n = 0;

  constructor(
    private readonly k: number,
    tie: TieBreak = bySlot,
  ) {
    this.scores = new Float64Array(Math.max(1, k));
    this.slots = new Int32Array(Math.max(1, k));
    this.before = typeof tie === 'function' ? (a, b) => tie(a) < tie(b) : tie.before;
  }

  /** a ranks below b */
  private worse(sa: number, a: number, sb: number, b: number): boolean {
    if (sa !== sb) return sa < sb;
    return this.before(b, a);
  }

  push(score: number, slot: number): void {
    if (this.k <= 0) return;
    if (this.n < this.k) {
      let i = this.n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(score, slot, this.scores[p]!, this.slots[p]!)) break;
        this.scores[i] = this.scores[p]!;
        this.slots[i] = this.slots[p]!;
        i = p;
      }
      this.scores[i] = score;
      this.slots[i] = slot;
      return;
    }
    // Cheap reject first: most candidates are below the current k-th best.
    if (score < this.scores[0]! || !this.worse(this.scores[0]!, this.slots[0]!, score, slot)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.n) break;
      const r = l + 1;
      const c = r < this.n && this.worse(this.scores[r]!, this.slots[r]!, this.scores[l]!, this.slots[l]!) ? r : l;
      if (!this.worse(this.scores[c]!, this.slots[c]!, score, slot)) break;
      this.scores[i] = this.scores[c]!;
      this.slots[i] = this.slots[c]!;
      i = c;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  /** The score a candidate must reach to enter (it may tie and win on key); -Infinity until full. */
  threshold(): number {
    return this.n < this.k ? -Infinity : this.scores[0]!;
  }

  /** Best first. */
  sorted(): { score: number; slot: number }[] {
    const out: { score: number; slot: number }[] = [];
    for (let i = 0; i < this.n; i++) out.push({ score: this.scores[i]!, slot: this.slots[i]! });
    return out.sort((a, b) => (this.worse(a.score, a.slot, b.score, b.slot) ? 1 : -1));
  }

  /** The slots only, best first. */
  sortedSlots(): Int32Array {
    const out = new Int32Array(this.n);
    this.sorted().forEach((e, i) => {
      out[i] = e.slot;
    });
    return out;
  }
}
