import { expect, it } from 'vitest';
import { recordChange } from '../sql/changes.ts';
import { actor, smallDataset, type StoreHarness } from './harness.ts';

/** The outbox (relay bookkeeping) and the change feed (what every in-memory copy follows). */
export function outboxCases(h: StoreHarness) {
  it('retries a failed outbox entry and dead-letters it after the last attempt', async () => {
    const store = await h.open();
    await store.vacancies.save(smallDataset().vacancies[0]!, actor);
    const [entry] = await store.outbox.pending(1, new Date().toISOString());
    const past = '2000-01-01T00:00:00.000Z';
    expect(await store.outbox.markFailed(entry!.id, 'index down', past, 3)).toBe('retry');
    expect(await store.outbox.markFailed(entry!.id, 'index down', past, 3)).toBe('retry');
    expect(await store.outbox.markFailed(entry!.id, 'index down', past, 3)).toBe('dead');
    expect(await store.outbox.pending(10, new Date().toISOString())).toEqual([]);
    expect(await store.outbox.dead(10)).toMatchObject([{ id: entry!.id, attempts: 3, lastError: 'index down' }]);
    expect((await store.outbox.stats(new Date().toISOString())).dead).toBe(1);
  });

  it('waits with an entry until its retry time, and reports the age of the oldest pending one', async () => {
    const store = await h.open();
    const [a, b] = smallDataset().vacancies;
    await store.vacancies.save(a!, actor);
    await store.vacancies.save(b!, actor);
    const [first] = await store.outbox.pending(1, new Date().toISOString());
    await store.outbox.markFailed(first!.id, 'later', '2999-01-01T00:00:00.000Z', 5);
    expect((await store.outbox.pending(10, new Date().toISOString())).map((e) => e.aggregateId)).toEqual([b!.id]);
    const inAMinute = new Date(Date.now() + 60_000).toISOString();
    const stats = await store.outbox.stats(inAMinute);
    expect(stats.pending).toBe(2);
    expect(stats.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(59);
    expect(await store.outbox.markDoneUpTo(await store.outbox.latestId(), new Date().toISOString())).toBe(2);
    expect((await store.outbox.stats(inAMinute)).pending).toBe(0);
  });

  it('lists every change after a sequence number, in order, whatever its status, and knows the head', async () => {
    const store = await h.open();
    expect(await store.changes.head()).toBe(0);
    const [a, b, c] = smallDataset().vacancies;
    for (const v of [a!, b!, c!]) await store.vacancies.save(v, actor);
    const all = await store.changes.since(0, 10);
    expect(all.map((ch) => ch.aggregateId)).toEqual([a!.id, b!.id, c!.id]);
    expect(all[0]).toMatchObject({ aggregateType: 'vacancy', op: 'upsert', version: 1 });
    expect(all[0]!.seq).toBeLessThan(all[1]!.seq);
    expect(await store.changes.head()).toBe(all[2]!.seq);
    expect((await store.changes.since(all[0]!.seq, 1)).map((ch) => ch.aggregateId)).toEqual([b!.id]);
    await store.outbox.markDone([all[0]!.seq], new Date().toISOString());
    await store.outbox.markDoneUpTo(all[2]!.seq, new Date().toISOString());
    expect(await store.changes.since(0, 10)).toHaveLength(3);
  });

  it('never lets a follower miss a change while two instances write at the same time', async () => {
    const store = await h.open();
    const other = await h.openAnother(store);
    const data = smallDataset();
    const writers = [store, other].map(async (s, w) => {
      for (const v of data.vacancies.filter((_, i) => i % 2 === w)) await s.vacancies.save(v, actor);
    });
    // A follower that reads while the writes land, as every instance does.
    const seen = new Set<string>();
    let position = 0;
    let done = false;
    let failed = false;
    const follower = (async () => {
      while (!done && !failed) {
        for (const change of await store.changes.since(position, 7)) {
          seen.add(change.aggregateId);
          position = change.seq;
        }
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all(writers).catch((err) => {
      failed = true;
      throw err;
    });
    for (const change of await store.changes.since(position, 1000)) seen.add(change.aggregateId);
    done = true;
    await follower;
    expect(seen.size).toBe(data.vacancies.length);
  });

  it('does not show a later change while an earlier one is still uncommitted', async () => {
    const store = await h.open();
    const other = await h.openAnother(store);
    const [later] = smallDataset().vacancies;
    let commit!: () => void;
    const gate = new Promise<void>((resolve) => {
      commit = resolve;
    });
    // A write that has drawn its sequence number and is slow to commit...
    const slow = store.sql.transaction(async (tx) => {
      await recordChange(tx, actor, 'vacancy.update', { type: 'vacancy', id: 'vac_test-traag', version: 1 }, 'upsert');
      await gate;
    });
    await new Promise((r) => setTimeout(r, 50));
    // ...and one on another instance that would commit first if nothing ordered them.
    const fast = other.vacancies.save(later!, actor);
    await new Promise((r) => setTimeout(r, 200));
    // A follower reads meanwhile (on SQLite the read waits for the open transaction to end).
    const reading = store.changes.since(0, 10);
    await new Promise((r) => setTimeout(r, 50));
    commit();
    const first = await reading;
    await Promise.all([slow, fast]);
    const rest = await store.changes.since(first.at(-1)?.seq ?? 0, 10);
    expect([...first, ...rest].map((c) => c.aggregateId).sort()).toEqual([later!.id, 'vac_test-traag'].sort());
  });
}
