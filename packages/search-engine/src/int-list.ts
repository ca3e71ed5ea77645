/** Growable int32 list: compact value postings without per-element boxing. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.length < 64 ? this.length * 2 + 4 : this.length + (this.length >> 1));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** Map every value through `remap` (old slot -> new slot, -1 drops it). */
  remap(remap: Int32Array): void {
    let w = 0;
    for (let i = 0; i < this.length; i++) {
      const to = remap[this.data[i] as number] as number;
      if (to >= 0) this.data[w++] = to;
    }
    this.length = w;
    if (this.data.length > 2 * w + 8) this.data = this.data.slice(0, w);
  }
}

/** Grow a typed array to at least `size`, filling new cells with `fill`. */
export function growTyped<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(
  arr: T,
  size: number,
  fill: number,
): T {
  if (arr.length >= size) return arr;
  const grown = new (arr.constructor as new (n: number) => T)(Math.max(size, arr.length * 2));
  grown.set(arr);
  grown.fill(fill, arr.length);
  return grown;
}
