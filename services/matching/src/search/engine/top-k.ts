/**
 * Top-k selection over match indexes with a bounded max-heap (worst kept hit
 * at the root), so ranking 100k matches for a 20-hit page costs O(n log k)
 * and most candidates are rejected by a single comparison with the root.
 *
 * Ordering is by `keys`: each key array is aligned with the match list and
 * "lower is better"; later arrays break ties of earlier ones, then the
 * match index. The common single-key case has its own comparison-free path.
 */

export function selectTopK(n: number, k: number, keys: readonly Float64Array[]): Int32Array {
  const size = Math.min(n, k);
  if (size <= 0) return new Int32Array(0);
  if (keys.length === 1) return selectTopKSingle(n, size, keys[0] as Float64Array);
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
  const out = new Int32Array(size);
  for (let o = size - 1; o >= 0; o--) {
    out[o] = heap[0] as number;
    heap[0] = heap[--len] as number;
    siftDown(0);
  }
  return out;
}

/** Same contract with one key; ties go to the lower index (matches arrive in slot order). */
function selectTopKSingle(n: number, size: number, key: Float64Array): Int32Array {
  const heap = new Int32Array(size);
  const hk = new Float64Array(size); // keys of heap items, to avoid indirection
  let len = 0;
  const worse = (ka: number, a: number, kb: number, b: number) => ka > kb || (ka === kb && a > b);
  const siftDown = () => {
    let i = 0;
    const item = heap[0] as number;
    const ki = hk[0] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= len) break;
      const r = l + 1;
      let c = l;
      if (r < len && worse(hk[r] as number, heap[r] as number, hk[l] as number, heap[l] as number)) c = r;
      if (!worse(hk[c] as number, heap[c] as number, ki, item)) break;
      heap[i] = heap[c] as number;
      hk[i] = hk[c] as number;
      i = c;
    }
    heap[i] = item;
    hk[i] = ki;
  };
  for (let x = 0; x < n; x++) {
    const kx = key[x] as number;
    if (len < size) {
      let i = len++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(kx, x, hk[p] as number, heap[p] as number)) break;
        heap[i] = heap[p] as number;
        hk[i] = hk[p] as number;
        i = p;
      }
      heap[i] = x;
      hk[i] = kx;
    } else if (kx < (hk[0] as number)) {
      // x > every heap index, so an equal key never displaces the root
      heap[0] = x;
      hk[0] = kx;
      siftDown();
    }
  }
  const out = new Int32Array(size);
  for (let o = size - 1; o >= 0; o--) {
    out[o] = heap[0] as number;
    heap[0] = heap[--len] as number;
    hk[0] = hk[len] as number;
    siftDown();
  }
  return out;
}
