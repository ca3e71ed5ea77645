import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { createSqliteStore, type SqliteStore } from './create-sqlite-store.ts';
import { seedSqlite } from './seed-sqlite.ts';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
function openStore(name = 'werkbrug.sqlite'): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'werkbrug-store-'));
  dirs.push(dir);
  const store = createSqliteStore(join(dir, name));
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const small = () => generateDataset({ vacancies: 40, courses: 10, profiles: 12 });
const actor = { userId: 'usr_test-actor', requestId: 'req-1' };

describe('the SQLite store of record', () => {
  it('writes the row, its outbox entry and an audit entry together', async () => {
    const store = openStore();
    const vacancy = small().vacancies[0]!;
    const saved = await store.vacancies.save(vacancy, actor);
    expect(saved.version).toBe(1);
    expect(await store.vacancies.get(vacancy.id)).toEqual(saved);
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending).toMatchObject([{ aggregateType: 'vacancy', aggregateId: vacancy.id, op: 'upsert', version: 1 }]);
    expect(await store.audit.list({ entityId: vacancy.id }, 10)).toMatchObject([
      { action: 'vacancy.create', actorId: actor.userId },
    ]);
  });

  it('leaves neither the row nor its outbox entry when the transaction fails', async () => {
    const store = openStore();
    const [first, second] = small().vacancies;
    // A real failure inside the same transaction: the outbox insert for one id is refused.
    store.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.aggregate_id = '${second!.id}'
                   BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`);
    await store.vacancies.save(first!, actor);
    await expect(store.vacancies.save(second!, actor)).rejects.toThrow('outbox unavailable');
    expect(await store.vacancies.get(second!.id)).toBeNull();
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending.map((e) => e.aggregateId)).toEqual([first!.id]);
    expect(await store.audit.list({ entityId: second!.id }, 10)).toEqual([]);
  });

  it('pages through vacancies with stable cursors and filters', async () => {
    const store = openStore();
    await seedSqlite(store.db, small());
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await store.vacancies.list({ status: 'open' }, { first: 7, after });
      expect(page.totalCount).toBe(await store.vacancies.count({ status: 'open' }));
      seen.push(...page.items.map((v) => v.id));
      after = page.endCursor;
    } while (after);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(await store.vacancies.count({ status: 'open' }));
  });

  it('seeds the same data twice into fresh databases', async () => {
    const dump = async (store: SqliteStore) => {
      await seedSqlite(store.db, small());
      return ['vacancies', 'courses', 'profiles', 'users'].map((t) =>
        store.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all(),
      );
    };
    expect(await dump(openStore('a.sqlite'))).toEqual(await dump(openStore('b.sqlite')));
  });

  it('does not duplicate data when a populated database is seeded again', async () => {
    const store = openStore();
    const first = await seedSqlite(store.db, small());
    expect(first).toMatchObject({ seeded: true, vacancies: 40, courses: 10, profiles: 12 });
    expect(await seedSqlite(store.db, small())).toMatchObject({ seeded: false });
    // Even without the seed marker, existing rows are neither duplicated nor overwritten.
    store.db.exec("DELETE FROM meta WHERE key = 'seed'");
    expect(await seedSqlite(store.db, small())).toMatchObject({
      seeded: true,
      vacancies: 0,
      courses: 0,
      profiles: 0,
      users: 0,
    });
    expect(await store.vacancies.count()).toBe(40);
  });

  it('erases a person from profiles, shortlists, audit log, sessions and finished outbox rows', async () => {
    const store = openStore();
    const data = small();
    await seedSqlite(store.db, data);
    const person = data.profiles.find((p) => p.userId)!;
    await store.profiles.save({ ...person, alias: 'Nieuwe naam' }, { userId: person.userId });
    await store.sessions.create('token-hash', person.userId!, '2099-01-01T00:00:00.000Z');
    const list = await store.shortlists.save(
      {
        id: 'shl_test-1',
        name: 'Voor Sanne',
        ownerId: 'usr_demo-adviseur',
        profileId: person.id,
        sharedWithJobseeker: true,
        items: [],
        version: 0,
        updatedAt: '',
      },
      actor,
    );
    await store.outbox.markDoneUpTo(await store.outbox.latestId(), new Date().toISOString());

    expect(await store.profiles.erase(person.id, { userId: 'usr_demo-adviseur' })).toBe(true);

    expect(await store.profiles.get(person.id)).toBeNull();
    expect(await store.shortlists.get(list.id)).toBeNull();
    expect(await store.sessions.find('token-hash')).toBeNull();
    const everything = JSON.stringify(
      ['profiles', 'shortlists', 'shortlist_items', 'audit_log', 'outbox', 'sessions'].map((t) =>
        store.db.prepare(`SELECT * FROM ${t}`).all(),
      ),
    );
    // Only the pending delete for the index may still name the person, until the relay has run.
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending).toMatchObject([{ aggregateType: 'profile', aggregateId: person.id, op: 'delete' }]);
    expect(everything.split(person.id).length - 1).toBe(1);
    await store.outbox.markDone([pending[0]!.id], new Date().toISOString());
    const after = JSON.stringify(['audit_log', 'outbox'].map((t) => store.db.prepare(`SELECT * FROM ${t}`).all()));
    expect(after).not.toContain(person.id);
    expect(await store.profiles.erase(person.id, actor)).toBe(false);
  });

  it('retries a failed outbox entry and dead-letters it after the last attempt', async () => {
    const store = openStore();
    await store.vacancies.save(small().vacancies[0]!, actor);
    const [entry] = await store.outbox.pending(1, new Date().toISOString());
    expect(await store.outbox.markFailed(entry!.id, 'index down', '2000-01-01T00:00:00.000Z', 3)).toBe('retry');
    expect(await store.outbox.markFailed(entry!.id, 'index down', '2000-01-01T00:00:00.000Z', 3)).toBe('retry');
    expect(await store.outbox.markFailed(entry!.id, 'index down', '2000-01-01T00:00:00.000Z', 3)).toBe('dead');
    expect(await store.outbox.pending(10, new Date().toISOString())).toEqual([]);
    expect(await store.outbox.dead(10)).toMatchObject([{ id: entry!.id, attempts: 3, lastError: 'index down' }]);
    expect((await store.outbox.stats(new Date().toISOString())).dead).toBe(1);
  });
});

describe('the change feed', () => {
  it('lists every change after a sequence number, in order, and knows the head', async () => {
    const store = openStore();
    expect(await store.changes.head()).toBe(0);
    const [a, b, c] = small().vacancies;
    for (const v of [a!, b!, c!]) await store.vacancies.save(v, actor);
    const all = await store.changes.since(0, 10);
    expect(all.map((ch) => ch.aggregateId)).toEqual([a!.id, b!.id, c!.id]);
    expect(all[0]).toMatchObject({ aggregateType: 'vacancy', op: 'upsert', version: 1 });
    expect(await store.changes.head()).toBe(all[2]!.seq);
    expect((await store.changes.since(all[0]!.seq, 1)).map((ch) => ch.aggregateId)).toEqual([b!.id]);
    // Finished rows stay in the feed: followers read by position, not by status.
    await store.outbox.markDoneUpTo(all[2]!.seq, new Date().toISOString());
    expect(await store.changes.since(0, 10)).toHaveLength(3);
  });
});

describe('stored bodies', () => {
  it('are checked against the shared schema when read, naming paths but no values', async () => {
    const store = openStore();
    const vacancy = small().vacancies[0]!;
    await store.vacancies.save(vacancy, actor);
    const broken = {
      ...vacancy,
      version: 1,
      updatedAt: new Date().toISOString(),
      hoursMin: 'veel',
      title: 'Geheime titel',
    };
    store.db.prepare('UPDATE vacancies SET body = ? WHERE id = ?').run(JSON.stringify(broken), vacancy.id);
    const read = store.vacancies.get(vacancy.id);
    await expect(read).rejects.toThrow(/stored vacancy does not match its schema \(hoursMin: invalid_type\)/);
    await expect(store.vacancies.get(vacancy.id)).rejects.not.toThrow(/Geheime/);
  });
});
