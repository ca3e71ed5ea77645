/**
 * Sorted views of the dictionary, for prefix ranges and the typo walk,
 * maintained lazily, LSM style: new term ids go to a pending list; the next
 * search sorts them into a small delta view, which is merged into the main
 * view only once it outgrows max(4096, main / 16). So neither upserts nor the
 * first search after an upsert pay for re-merging the whole dictionary.
 */

/** A sorted run of the dictionary: terms[i] is the term with id ids[i]. */
export interface SortedView {
  terms: string[];
  ids: Int32Array;
}

function emptyView(): SortedView {
  return { terms: [], ids: new Int32Array(0) };
}

function deltaLimit(mainSize: number): number {
  return Math.max(4096, mainSize >>> 4);
}

export class SortedViews {
  private main: SortedView = emptyView();
  private delta: SortedView = emptyView();
  private pending: number[] = [];

  add(id: number): void {
    this.pending.push(id);
  }

  /** Views to search (main, plus the delta when non-empty); call ensure() first. */
  views(): SortedView[] {
    return this.delta.ids.length > 0 ? [this.main, this.delta] : [this.main];
  }

  /** Fold pending ids into the delta view (or everything into main when the delta grows). */
  ensure(terms: readonly string[]): void {
    if (this.pending.length === 0) return;
    const added = this.pending.sort((a, b) => {
      const x = terms[a] as string;
      const y = terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    this.pending = [];
    const pendingView: SortedView = { ids: Int32Array.from(added), terms: added.map((id) => terms[id] as string) };
    const delta = mergeViews(this.delta, pendingView);
    if (delta.ids.length > deltaLimit(this.main.ids.length)) {
      this.main = mergeViews(this.main, delta);
      this.delta = emptyView();
    } else {
      this.delta = delta;
    }
  }

  /**
   * Renumber after compaction (newId[old] = new id or -1); `terms` is the new
   * dictionary. The caller runs ensure() with the old terms first.
   */
  remap(newId: Int32Array, terms: readonly string[]): void {
    const merged = mergeViews(this.main, this.delta);
    const ids = new Int32Array(terms.length);
    const sorted: string[] = new Array<string>(terms.length);
    let o = 0;
    for (const old of merged.ids) {
      const id = newId[old] as number;
      if (id < 0) continue;
      ids[o] = id;
      sorted[o++] = terms[id] as string;
    }
    this.main = { ids, terms: sorted };
    this.delta = emptyView();
  }
}

function mergeViews(a: SortedView, b: SortedView): SortedView {
  if (b.ids.length === 0) return a;
  if (a.ids.length === 0) return b;
  const n = a.ids.length + b.ids.length;
  const ids = new Int32Array(n);
  const terms: string[] = new Array<string>(n);
  let i = 0;
  let j = 0;
  for (let o = 0; o < n; o++) {
    const takeA = j >= b.ids.length || (i < a.ids.length && (a.terms[i] as string) < (b.terms[j] as string));
    if (takeA) {
      ids[o] = a.ids[i] as number;
      terms[o] = a.terms[i++] as string;
    } else {
      ids[o] = b.ids[j] as number;
      terms[o] = b.terms[j++] as string;
    }
  }
  return { ids, terms };
}
