/**
 * Keeps the `cap` most frequent term ids seen. Used to bound prefix and typo
 * expansions; caps are small (<= 100), so a sorted insertion array beats a heap.
 */
export class TopByFrequency {
  private ids: number[] = [];
  private freqs: number[] = [];

  constructor(private readonly cap: number) {}

  offer(id: number, freq: number): void {
    const n = this.freqs.length;
    if (freq <= 0) return;
    if (n === this.cap && freq <= (this.freqs[n - 1] as number)) return;
    let i = n === this.cap ? n - 1 : n;
    // Shift smaller entries down (descending order, ties keep first-seen first).
    while (i > 0 && (this.freqs[i - 1] as number) < freq) {
      this.freqs[i] = this.freqs[i - 1] as number;
      this.ids[i] = this.ids[i - 1] as number;
      i--;
    }
    this.freqs[i] = freq;
    this.ids[i] = id;
  }

  forEach(fn: (id: number) => void): void {
    for (const id of this.ids) fn(id);
  }
}
