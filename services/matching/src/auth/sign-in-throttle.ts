import { createHash } from 'node:crypto';
import type { SignInFailureRepository } from '../store/ports.ts';

/**
 * Slows down password guessing without locking people out. Only failed sign-ins count: per account
 * and per address. After `accountFailures` failures on an account within the window, each next
 * attempt on it waits 2 s, then 4 s, 8 s … at most 60 s after the last failure; the same per address
 * after `addressFailures`. So a correct password always works within a minute of anyone else's
 * failed attempts, and a team behind one office address never locks itself out by signing in.
 * A correct password clears the account's count (not the address's: one good account must not buy
 * an address new guesses). Keys are hashes: the store never holds an email address or an IP for this.
 */
export interface SignInThrottleOptions {
  accountFailures: number;
  addressFailures: number;
  windowMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

export interface SignInThrottle {
  /** Milliseconds to wait before this account may be tried from this address (0: go ahead). */
  wait(email: string, address: string): Promise<number>;
  failed(email: string, address: string): Promise<void>;
  succeeded(email: string): Promise<void>;
  /** Runs attempts on one account one after the other, so parallel guesses each see the last outcome. */
  serialise<T>(email: string, attempt: () => Promise<T>): Promise<T>;
}

/** A store key for an address or account: its kind and a hash, never the value itself. */
export const hashed = (kind: string, value: string) =>
  `${kind}:${createHash('sha256').update(`${kind}\u0000${value}`).digest('base64url').slice(0, 32)}`;
const accountKey = (email: string) => hashed('account', email.trim().toLowerCase());
const addressKey = (address: string) => hashed('address', address);

export function createSignInThrottle(repo: SignInFailureRepository, options: SignInThrottleOptions): SignInThrottle {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const base = options.baseDelayMs ?? 2_000;
  const max = options.maxDelayMs ?? 60_000;
  const now = options.now ?? Date.now;
  const queues = new Map<string, Promise<unknown>>();

  async function waitFor(key: string, free: number, at: number): Promise<number> {
    const { count, lastAt } = await repo.recent(key, new Date(at - windowMs).toISOString());
    if (count < free || !lastAt) return 0;
    const delay = Math.min(max, base * 2 ** Math.min(count - free, 20));
    return Math.max(0, Date.parse(lastAt) + delay - at);
  }

  return {
    async wait(email, address) {
      const at = now();
      const [account, from] = await Promise.all([
        waitFor(accountKey(email), options.accountFailures, at),
        waitFor(addressKey(address), options.addressFailures, at),
      ]);
      return Math.max(account, from);
    },
    failed: (email, address) => repo.record([accountKey(email), addressKey(address)], new Date(now()).toISOString()),
    succeeded: (email) => repo.clear(accountKey(email)),
    serialise(email, attempt) {
      const key = accountKey(email);
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous.then(attempt, attempt);
      const tail = next.catch(() => undefined);
      queues.set(key, tail);
      void tail.then(() => {
        if (queues.get(key) === tail) queues.delete(key);
      });
      return next;
    },
  };
}
