import { expect, it } from 'vitest';
import type { StoreHarness } from './harness.ts';

/** Who relays to the shared index: one instance at a time, and another one once it is gone. */
export function leadershipCases(h: StoreHarness) {
  it.runIf(h.name === 'postgres')('lets one instance lead at a time and hands over when it stops', async () => {
    const a = await h.open();
    const b = await h.openAnother(a);
    expect(await a.leadership.acquire()).toBe(true);
    expect(await b.leadership.acquire()).toBe(false);
    expect(await a.leadership.acquire()).toBe(true);
    await a.leadership.release();
    expect(await b.leadership.acquire()).toBe(true);
    expect(await a.leadership.acquire()).toBe(false);
  });

  it.runIf(h.name === 'sqlite')('always leads: one process owns a SQLite file', async () => {
    const a = await h.open();
    expect(await a.leadership.acquire()).toBe(true);
    expect(await a.leadership.acquire()).toBe(true);
  });
}
