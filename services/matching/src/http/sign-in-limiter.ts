/**
 * A stricter limit for signing in than for the rest of the API: per address and per account, in a
 * sliding window, so guessing passwords is slow whether one address tries many accounts or many
 * addresses try one. In memory: with several instances behind a balancer use a shared store.
 */
export function createSignInLimiter(maxAttempts: number, windowMs = 15 * 60_000) {
  const attempts = new Map<string, number[]>();
  const prune = (key: string, now: number) => {
    const recent = (attempts.get(key) ?? []).filter((t) => now - t < windowMs);
    if (recent.length) attempts.set(key, recent);
    else attempts.delete(key);
    return recent;
  };
  return {
    /** Records an attempt; false when the caller is over the limit. */
    allow(keys: string[], now = Date.now()): boolean {
      const over = keys.some((k) => prune(k, now).length >= maxAttempts);
      if (!over) for (const k of keys) attempts.set(k, [...(attempts.get(k) ?? []), now]);
      if (attempts.size > 100_000) attempts.clear(); // bounded memory under a flood of addresses
      return !over;
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
