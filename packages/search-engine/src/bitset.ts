/**
 * Fixed-size bitsets over document slots (32 slots per word). Filters are
 * evaluated into these so and/or/not cost a few thousand word operations at
 * 100k documents instead of per-document predicate calls.
 */

export type Bitset = Uint32Array;

export function bitsetWords(bits: number): number {
  return (bits + 31) >>> 5;
}

export function newBitset(bits: number): Bitset {
  return new Uint32Array(bitsetWords(bits));
}

export function setBit(b: Bitset, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function clearBit(b: Bitset, i: number): void {
  b[i >>> 5]! &= ~(1 << (i & 31));
}

export function hasBit(b: Bitset, i: number): boolean {
  return ((b[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}

/** Bits [0, bits) set. */
export function fullBitset(bits: number): Bitset {
  const b = newBitset(bits);
  b.fill(0xffffffff);
  const rest = bits & 31;
  if (rest !== 0 && b.length > 0) b[b.length - 1] = (1 << rest) - 1;
  return b;
}

export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i]! &= other[i] ?? 0;
  return target;
}

export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i]! |= other[i] ?? 0;
  return target;
}

/** Complement within [0, bits). */
export function notInPlace(target: Bitset, bits: number): Bitset {
  for (let i = 0; i < target.length; i++) target[i] = ~(target[i] as number);
  const rest = bits & 31;
  if (rest !== 0 && target.length > 0) target[target.length - 1]! &= (1 << rest) - 1;
  return target;
}

/** Copy of `b` grown to hold `bits` bits. */
export function growBitset(b: Bitset, bits: number): Bitset {
  const words = bitsetWords(bits);
  if (words <= b.length) return b;
  const grown = new Uint32Array(words);
  grown.set(b);
  return grown;
}

/** Writes the set bits in ascending order to `out`; returns how many. */
export function collectBits(b: Bitset, out: Int32Array): number {
  let n = 0;
  for (let w = 0; w < b.length; w++) {
    let word = b[w] as number;
    while (word !== 0) {
      const low = word & -word;
      out[n++] = (w << 5) + (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return n;
}
