import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '@werkbrug/seed';
import { createSqliteStore, type SqliteStore } from '../store/sqlite/create-sqlite-store.ts';
import { seedStore } from '../store/sql/seed-store.ts';
import { createEmbeddedIndex } from '../search/embedded-index.ts';
import type { SearchIndex } from '../search/port.ts';
import { createRelay, searchSink, type IndexSink } from './relay.ts';
import { reconcile } from './reconcile.ts';
import { rebuildIndex } from './rebuild.ts';

const taxonomy = loadTaxonomy();
let dir: string;
let store: SqliteStore;
let index: SearchIndex;
const actor = { userId: 'usr_test-employer' };
const data = generateDataset({ vacancies: 60, courses: 20, profiles: 5 });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbrug-relay-'));
  store = createSqliteStore(join(dir, 'db.sqlite'));
  index = createEmbeddedIndex({
    taxonomy,
    outlookOf: (s) => taxonomy.sectorByKey.get(s)!.outlook,
    today: () => '2026-11-16',
  });
  await index.prepare();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const search = async (text: string) =>
  (await index.searchVacancies({ text, offset: 0, limit: 50 })).hits.map((h) => h.id);

describe('the outbox relay', () => {
  it('makes a vacancy written through the store searchable, and forgets it when closed', async () => {
    const relay = createRelay(store, [searchSink(index)]);
    const vacancy = {
      ...data.vacancies[0]!,
      id: 'vac_test-nieuw',
      title: 'Zwembadbeheerder Kennemerduin',
      status: 'open' as const,
    };
    await store.vacancies.save(vacancy, actor);
    expect(await search('zwembadbeheerder')).toEqual([]);
    expect(await relay.drain()).toBe(1);
    expect(await search('zwembadbeheerder')).toEqual(['vac_test-nieuw']);

    await store.vacancies.save({ ...vacancy, status: 'closed' }, actor);
    await relay.drain();
    expect(await search('zwembadbeheerder')).toEqual([]);
    expect(await reconcile(store, index)).toEqual([]);
  });

  it('loses nothing when it dies in the middle of a batch and starts again', async () => {
    await seedStore(store.sql, data);
    // A sink that crashes the relay after half of the first batch was sent, as a kill -9 would.
    let calls = 0;
    const crashing: IndexSink = {
      ...searchSink(index),
      name: 'crashing',
      async upsertVacancies(items) {
        await index.upsertVacancies(items.slice(0, Math.ceil(items.length / 2)));
        if (++calls === 1) throw new Error('killed mid-batch');
        await index.upsertVacancies(items);
      },
    };
    const first = createRelay(store, [crashing], { batchSize: 40, backoffBaseMs: 0 });
    await first.runOnce().catch(() => undefined);
    expect((await reconcile(store, index)).length).toBeGreaterThan(0);

    // A fresh relay (the restarted process) with a healthy sink.
    const restarted = createRelay(store, [searchSink(index)], { batchSize: 40 });
    await restarted.drain();
    // Entries whose retry time has not come yet are picked up once it has.
    const later = createRelay(store, [searchSink(index)], { now: () => new Date(Date.now() + 3_600_000) });
    await later.drain();
    expect(await reconcile(store, index)).toEqual([]);
    expect((await store.outbox.stats(new Date(Date.now() + 3_600_000).toISOString())).pending).toBe(0);
  });

  it('retries with backoff and dead-letters an entry that keeps failing', async () => {
    await store.vacancies.save(data.vacancies[1]!, actor);
    const broken: IndexSink = {
      ...searchSink(index),
      name: 'broken',
      upsertVacancies: () => Promise.reject(new Error('index down')),
    };
    let clock = Date.now();
    const outcomes: string[] = [];
    const relay = createRelay(store, [broken], {
      maxAttempts: 3,
      backoffBaseMs: 1000,
      now: () => new Date(clock),
      onError: (_e, _err, o) => outcomes.push(o),
    });
    await relay.runOnce();
    expect(await relay.runOnce()).toEqual({ processed: 0, failed: 0 }); // waiting for its retry time
    clock += 1000;
    await relay.runOnce();
    clock += 2000;
    await relay.runOnce();
    expect(outcomes).toEqual(['retry', 'retry', 'dead']);
    expect(await store.outbox.dead(10)).toHaveLength(1);
  });

  it('reconcile reports every kind of difference, and a rebuild repairs them', async () => {
    await seedStore(store.sql, data);
    await rebuildIndex(store, index);
    expect(await reconcile(store, index)).toEqual([]);
    const [a, b] = data.vacancies.filter((v) => v.status === 'open');
    await index.deleteVacancies([a!.id]);
    await store.vacancies.save({ ...b!, title: `${b!.title} (aangepast)` }, actor);
    await index.upsertVacancies([{ ...data.vacancies[2]!, id: 'vac_test-spook', status: 'open' }]);
    const problems = (await reconcile(store, index)).map((d) => `${d.id}:${d.problem}`).sort();
    expect(problems).toEqual(
      [`${a!.id}:missing from index`, `${b!.id}:stale version`, 'vac_test-spook:not open in store'].sort(),
    );
    await rebuildIndex(store, index);
    expect(await reconcile(store, index)).toEqual([]);
  });
});
