import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '@werkbrug/shared/schemas/user';
import { createSqliteStore, type SqliteStore } from '../store/sqlite/create-sqlite-store.ts';
import { createSignInThrottle } from '../auth/sign-in-throttle.ts';
import { createSignIn } from './sign-in.ts';

/** Sign-in limits on a fake clock: slow for guessers, never a lock-out for the owner or an office. */
let store: SqliteStore;
afterEach(() => store?.close());

function setup(options: { accountFailures?: number; addressFailures?: number } = {}) {
  store = createSqliteStore(':memory:');
  let now = Date.parse('2026-03-02T09:00:00Z');
  const sessions = {
    signIn: async (email: string, password: string) =>
      password === `juist-${email}`
        ? {
            user: {
              id: `usr_${email}`,
              email,
              name: email,
              role: 'adviser',
              profileId: null,
              employerId: null,
              demo: false,
            } as User,
            token: 't',
            expiresAt: '',
          }
        : null,
  };
  const throttle = createSignInThrottle(store.signInFailures, {
    accountFailures: options.accountFailures ?? 5,
    addressFailures: options.addressFailures ?? 50,
    now: () => now,
  });
  const signIn = createSignIn({ sessions, throttle });
  const attempt = async (email: string, password: string, address = '10.1.1.1') => {
    try {
      await signIn(email, password, address);
      return 'ok';
    } catch (err) {
      const e = err as { extensions?: { code?: string; retryAfterSeconds?: number } };
      return e.extensions?.code === 'RATE_LIMITED' ? `wait ${e.extensions.retryAfterSeconds}` : 'wrong';
    }
  };
  return { attempt, tick: (ms: number) => (now += ms) };
}

describe('signing in', () => {
  it('lets a correct password in within 60 seconds of anyone else’s failed attempts', async () => {
    const { attempt, tick } = setup();
    // An attacker from many addresses tries the account as fast as the throttle allows, for an hour.
    let guesses = 0;
    for (let second = 0; second < 3600; second++) {
      if ((await attempt('sanne@x.nl', 'fout', `203.0.113.${second % 250}`)) === 'wrong') guesses++;
      tick(1000);
    }
    expect(guesses).toBeLessThan(5 + 70); // five free, then at most about one a minute
    // Whenever the attacker stops, the owner is in within a minute.
    const waits: string[] = [];
    for (let s = 0; s <= 60; s++) {
      const result = await attempt('sanne@x.nl', 'juist-sanne@x.nl', '198.51.100.7');
      if (result === 'ok') break;
      waits.push(result);
      tick(1000);
    }
    expect(waits.length).toBeLessThanOrEqual(60);
    for (const w of waits) expect(Number(w.split(' ')[1])).toBeLessThanOrEqual(60);
  });

  it('lets 100 advisers behind one office address sign in, and counts only failures', async () => {
    const { attempt, tick } = setup();
    for (let i = 0; i < 100; i++) {
      expect(await attempt(`adviseur${i}@gemeente.nl`, `juist-adviseur${i}@gemeente.nl`, '192.0.2.10')).toBe('ok');
      tick(100);
    }
    // A few typos among them change nothing for the others.
    for (let i = 0; i < 10; i++) expect(await attempt(`adviseur${i}@gemeente.nl`, 'typo', '192.0.2.10')).toBe('wrong');
    expect(await attempt('adviseur50@gemeente.nl', 'juist-adviseur50@gemeente.nl', '192.0.2.10')).toBe('ok');
  });

  it('slows one address down that tries many accounts, and lets it go again after a minute', async () => {
    const { attempt, tick } = setup({ addressFailures: 20 });
    for (let i = 0; i < 20; i++) expect(await attempt(`iemand${i}@x.nl`, 'fout', '203.0.113.9')).toBe('wrong');
    expect(await attempt('nieuw@x.nl', 'fout', '203.0.113.9')).toMatch(/^wait/);
    expect(await attempt('nieuw@x.nl', 'juist-nieuw@x.nl', '198.51.100.1')).toBe('ok');
    tick(60_000);
    expect(await attempt('nieuw@x.nl', 'juist-nieuw@x.nl', '203.0.113.9')).toBe('ok');
  });

  it('sees parallel guesses one after the other', async () => {
    const { attempt } = setup({ accountFailures: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt('p@x.nl', 'fout')));
    expect(results.filter((r) => r === 'wrong')).toHaveLength(3);
    expect(results.filter((r) => r.startsWith('wait'))).toHaveLength(7);
  });
});
