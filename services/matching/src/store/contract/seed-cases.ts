import { expect, it } from 'vitest';
import type { OpenStore } from '../open-store.ts';
import { seedStore } from '../sql/seed-store.ts';
import { smallDataset, type StoreHarness } from './harness.ts';

/** The demo seed: the same rows every time, never twice, and once when two instances start together. */
export function seedCases(h: StoreHarness) {
  const dump = async (store: OpenStore) => {
    const all = async <T>(scan: AsyncIterable<T[]>) => {
      const out: T[] = [];
      for await (const batch of scan) out.push(...batch);
      return out;
    };
    return {
      vacancies: await all(store.vacancies.scan()),
      courses: await all(store.courses.scan()),
      profiles: await all(store.profiles.scan()),
      users: await store.users.count(),
      changes: (await store.changes.since(0, 1000)).map((c) => `${c.aggregateType}:${c.aggregateId}:${c.version}`),
    };
  };

  it('seeds the same data twice into fresh databases, with an outbox entry per aggregate', async () => {
    const a = await h.open();
    const b = await h.open();
    await seedStore(a.sql, smallDataset());
    await seedStore(b.sql, smallDataset());
    const first = await dump(a);
    expect(first).toEqual(await dump(b));
    expect(first.changes).toHaveLength(40 + 10 + 12);
  });

  it('does not duplicate data when a populated database is seeded again', async () => {
    const store = await h.open();
    expect(await seedStore(store.sql, smallDataset())).toMatchObject({
      seeded: true,
      vacancies: 40,
      courses: 10,
      profiles: 12,
    });
    expect(await seedStore(store.sql, smallDataset())).toMatchObject({ seeded: false });
    // Even without the seed marker, existing rows are neither duplicated nor overwritten.
    await store.sql.run("DELETE FROM meta WHERE key = 'seed'");
    expect(await seedStore(store.sql, smallDataset())).toMatchObject({
      seeded: true,
      vacancies: 0,
      courses: 0,
      profiles: 0,
      users: 0,
    });
    expect(await store.vacancies.count()).toBe(40);
  });

  it('seeds once when two instances seed the same database at the same time', async () => {
    const store = await h.open();
    const other = await h.openAnother(store);
    const results = await Promise.all([seedStore(store.sql, smallDataset()), seedStore(other.sql, smallDataset())]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await store.vacancies.count()).toBe(40);
    expect(await store.changes.since(0, 1000)).toHaveLength(62);
  });
}
