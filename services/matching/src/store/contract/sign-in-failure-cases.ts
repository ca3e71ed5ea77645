import { expect, it } from 'vitest';
import type { StoreHarness } from './harness.ts';

/** Failed sign-ins by hashed key: in the database, so every instance counts the same failures. */
export function signInFailureCases(h: StoreHarness) {
  it('counts failures per key since a moment, clears one key and prunes old ones', async () => {
    const store = await h.open();
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 9, minute)).toISOString();
    expect(await store.signInFailures.recent('account:a', at(0))).toEqual({ count: 0, lastAt: null });
    await store.signInFailures.record(['account:a', 'address:x'], at(1));
    await store.signInFailures.record(['account:a'], at(5));
    await store.signInFailures.record([], at(6));
    expect(await store.signInFailures.recent('account:a', at(0))).toEqual({ count: 2, lastAt: at(5) });
    expect(await store.signInFailures.recent('account:a', at(2))).toEqual({ count: 1, lastAt: at(5) });
    expect(await store.signInFailures.recent('address:x', at(0))).toEqual({ count: 1, lastAt: at(1) });

    await store.signInFailures.clear('account:a');
    expect(await store.signInFailures.recent('account:a', at(0))).toEqual({ count: 0, lastAt: null });
    expect((await store.signInFailures.recent('address:x', at(0))).count).toBe(1);

    await store.signInFailures.record(['address:x'], at(30));
    expect(await store.signInFailures.prune(at(10))).toBe(1);
    expect(await store.signInFailures.recent('address:x', at(0))).toEqual({ count: 1, lastAt: at(30) });
  });

  it('shares the counts between instances on one database', async () => {
    const a = await h.open();
    const b = await h.openAnother(a);
    const now = new Date().toISOString();
    await a.signInFailures.record(['account:shared'], now);
    await b.signInFailures.record(['account:shared'], now);
    expect((await b.signInFailures.recent('account:shared', '2000-01-01T00:00:00.000Z')).count).toBe(2);
    expect((await a.signInFailures.recent('account:shared', '2000-01-01T00:00:00.000Z')).count).toBe(2);
  });
}
