import { expect, it } from 'vitest';
import type { StoreHarness } from './harness.ts';

/** Secrets the service derives values from: made once, the same for every instance and restart. */
export function secretCases(h: StoreHarness) {
  it('makes a 256-bit secret on first use and gives the same one ever after', async () => {
    const store = await h.open();
    const first = await store.secrets.get('candidate-ids');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await store.secrets.get('candidate-ids')).toBe(first);
    expect(await store.secrets.get('another')).not.toBe(first);
  });

  it('gives every instance the same secret, even when they ask at the same moment', async () => {
    const a = await h.open();
    const b = await h.openAnother(a);
    const [fromA, fromB] = await Promise.all([a.secrets.get('shared'), b.secrets.get('shared')]);
    expect(fromA).toBe(fromB);
    expect(await b.secrets.get('shared')).toBe(fromA);
  });
}
