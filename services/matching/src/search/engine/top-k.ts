/**
 * Top-k selection over match indexes with a bounded max-heap (worst kept hit
 * at the root), so ranking 100k matches for a 20-hit page costs O(n log k)
 * and most candidates are rejected by a single comparison with the root.
 *
 * Ordering is by `keys`: each key array is aligned with the match list and
 * "lower is better"; later arrays break ties of earlier ones.
 */

export function selectTopK(n: number, k: number, keys: readonly Float64Array[]): Int32Array {
  const size = Math.min(n, k);
  if (size <= 0) return new Int32Array(0);
  const nk = keys.length;
  // true when match a ranks strictly before match b
  const before = (a: number, b: number): boolean => {
    for (let i = 0; i < nk; i++) {
      const key = keys[i] as Float64Array;
      const x = key[a] as number;
      const y = key[b] as number;
      if (x !== y) return x < y;
    }
    return a < b;
  };
  const heap = new Int32Array(size);
  let len = 0;
  const siftDown = (from: number) => {
    let i = from;
    const item = heap[i] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= len) break;
      const r = l + 1;
      const worse = r < len && before(heap[l] as number, heap[r] as number) ? r : l;
      if (!before(item, heap[worse] as number)) break;
      heap[i] = heap[worse] as number;
      i = worse;
    }
    heap[i] = item;
  };
  for (let x = 0; x < n; x++) {
    if (len < size) {
      let i = len++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent] as number, x)) break;
        heap[i] = heap[parent] as number;
        i = parent;
      }
      heap[i] = x;
    } else if (before(x, heap[0] as number)) {
      heap[0] = x;
      siftDown(0);
    }
  }
  // Pop worst-first into the output from the back.
  const out = new Int32Array(size);
  for (let o = size - 1; o >= 0; o--) {
    out[o] = heap[0] as number;
    heap[0] = heap[--len] as number;
    siftDown(0);
  }
  return out;
}
