/**
 * Open-addressing hash table from term string to term id. Unlike a Map it can
 * look up a slice of a larger string by (text, start, end, hash) without
 * allocating the substring, which is most of the indexing cost: a 100k
 * document build performs ~25M token lookups and only ~16k insertions.
 *
 * The terms' characters are also kept here, one after another in one array,
 * so a probe compares against memory that stays in cache (the whole table of
 * a national index is a few hundred KB) instead of following a pointer to a
 * string object somewhere in the heap for every token.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over UTF-16 code units; the indexer computes the same hash while scanning. */
export function hashString(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export const HASH_SEED = FNV_OFFSET;
export const HASH_PRIME = FNV_PRIME;

export class TermTable {
  private slots = new Int32Array(1024); // term id + 1, 0 = empty
  private mask = 1023;
  private hashes = new Int32Array(1024); // hash per term id, for rehashing
  private count = 0;
  /** Characters of term id are chars[starts[id], starts[id + 1]). */
  private chars = new Uint16Array(8192);
  private starts = new Int32Array(1025);

  constructor(private readonly terms: () => readonly string[]) {}

  /** Id of the term equal to text[start, end), or -1. */
  findSlice(text: string, start: number, end: number, hash: number): number {
    const { chars, starts, slots, hashes, mask } = this;
    const len = end - start;
    let i = hash & mask;
    for (;;) {
      const entry = slots[i] as number;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (hashes[id] === hash) {
        const from = starts[id] as number;
        if ((starts[id + 1] as number) - from === len) {
          let k = 0;
          while (k < len && chars[from + k] === text.charCodeAt(start + k)) k++;
          if (k === len) return id;
        }
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * findSlice for a slice made of [A-Za-z0-9] only, compared lower-cased: for these characters
   * `c | 0x20` is the lower case (digits and a-z already have that bit). Not valid for others.
   * A copy of findSlice's probe rather than a flag on it: this loop runs for every token of every
   * document built, and a copy keeps its per-character compare free of a branch.
   */
  findAsciiSlice(text: string, start: number, end: number, hash: number): number {
    const { chars, starts, slots, hashes, mask } = this;
    const len = end - start;
    let i = hash & mask;
    for (;;) {
      const entry = slots[i] as number;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (hashes[id] === hash) {
        const from = starts[id] as number;
        if ((starts[id + 1] as number) - from === len) {
          let k = 0;
          while (k < len && chars[from + k] === (text.charCodeAt(start + k) | 0x20)) k++;
          if (k === len) return id;
        }
      }
      i = (i + 1) & mask;
    }
  }

  find(term: string): number {
    return this.findSlice(term, 0, term.length, hashString(term));
  }

  /** Registers `id` (the caller guarantees it is new and stored in terms()[id]). */
  insert(id: number, hash: number): void {
    if (id >= this.hashes.length) {
      const grown = new Int32Array(Math.max(id + 1, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.store(id, this.terms()[id] as string);
    if (++this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
  }

  /** Appends the characters of term `id` (ids are stored in order: 0, 1, 2, ...). */
  private store(id: number, term: string): void {
    if (id + 2 > this.starts.length) {
      const grown = new Int32Array(Math.max(id + 2, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    const from = this.starts[id] as number;
    if (from + term.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(from + term.length, this.chars.length * 2));
      grown.set(this.chars);
      this.chars = grown;
    }
    for (let k = 0; k < term.length; k++) this.chars[from + k] = term.charCodeAt(k);
    this.starts[id + 1] = from + term.length;
  }

  private place(id: number): void {
    let i = (this.hashes[id] as number) & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.slots[i] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.count; id++) this.place(id);
  }

  /** Rebuild for a renumbered dictionary (after compaction). */
  reset(terms: readonly string[]): void {
    this.count = terms.length;
    this.hashes = new Int32Array(Math.max(1024, terms.length));
    let size = 1024;
    while (size < terms.length * 2) size *= 2;
    this.starts = new Int32Array(terms.length + 1025);
    for (let id = 0; id < terms.length; id++) {
      this.hashes[id] = hashString(terms[id] as string);
      this.store(id, terms[id] as string);
    }
    this.rehash(size);
  }
}
