/** Deterministic pseudo-random numbers in [0, 1) (xorshift32), so a failing generated case reproduces. */
export function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}
