/**
 * Integer lists per slot in one shared Int32Array (compressed sparse rows that can change): a slot's
 * list is `pool[start[slot] .. start[slot] + length[slot])`. An update appends the new list and
 * abandons the old range; when abandoned space outgrows the live data the pool is compacted, so
 * updates stay O(list length) amortised while scoring loops read one flat array.
 */
export class SlotLists {
  start = new Int32Array(0);
  length = new Int32Array(0);
  pool = new Int32Array(1024);
  private used = 0;
  private garbage = 0;

  ensureSlots(capacity: number): void {
    if (capacity <= this.start.length) return;
    const n = Math.max(capacity, this.start.length * 2, 64);
    const s = new Int32Array(n);
    s.set(this.start);
    const l = new Int32Array(n);
    l.set(this.length);
    this.start = s;
    this.length = l;
  }

  set(slot: number, values: readonly number[]): void {
    this.clear(slot);
    if (this.used + values.length > this.pool.length) this.grow(values.length);
    this.start[slot] = this.used;
    this.length[slot] = values.length;
    for (let i = 0; i < values.length; i++) this.pool[this.used + i] = values[i]!;
    this.used += values.length;
  }

  clear(slot: number): void {
    this.garbage += this.length[slot]!;
    this.length[slot] = 0;
  }

  get(slot: number): number[] {
    const s = this.start[slot]!;
    return Array.from(this.pool.subarray(s, s + this.length[slot]!));
  }

  private grow(extra: number): void {
    const live = this.used - this.garbage;
    if (this.garbage > live) {
      this.compact();
      if (this.used + extra <= this.pool.length) return;
    }
    const next = new Int32Array(Math.max(this.pool.length * 2, this.used + extra));
    next.set(this.pool.subarray(0, this.used));
    this.pool = next;
  }

  private compact(): void {
    const next = new Int32Array(this.pool.length);
    let used = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      const len = this.length[slot]!;
      if (len === 0) continue;
      const s = this.start[slot]!;
      next.set(this.pool.subarray(s, s + len), used);
      this.start[slot] = used;
      used += len;
    }
    this.pool = next;
    this.used = used;
    this.garbage = 0;
  }
}
