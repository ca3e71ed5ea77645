import { expect, it } from 'vitest';
import { actor, type StoreHarness } from './harness.ts';

/** Admins' sector outlooks: kept, listed in key order, and announced to the indexer. */
export function sectorCases(h: StoreHarness) {
  it('saves outlook overrides and writes an outbox entry with a growing version', async () => {
    const store = await h.open();
    const first = await store.sectorOutlooks.save(
      { key: 'healthcare', outlook: 'growing', fact: 'Veel vacatures', source: 'https://example.nl/a' },
      actor,
    );
    await store.sectorOutlooks.save(
      { key: 'ict', outlook: 'stable', fact: 'Gelijk', source: 'https://example.nl/b' },
      actor,
    );
    await store.sectorOutlooks.save(
      { key: 'healthcare', outlook: 'shrinking', fact: 'Minder', source: 'https://example.nl/c' },
      actor,
    );
    const all = await store.sectorOutlooks.list();
    expect(all.map((o) => [o.key, o.outlook])).toEqual([
      ['healthcare', 'shrinking'],
      ['ict', 'stable'],
    ]);
    expect(Date.parse(all[0]!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt));
    const changes = (await store.changes.since(0, 10)).filter((c) => c.aggregateId === 'healthcare');
    expect(changes.map((c) => [c.aggregateType, c.version])).toEqual([
      ['sector', 1],
      ['sector', 2],
    ]);
  });
}
