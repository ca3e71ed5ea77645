import { expect, it } from 'vitest';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import { migrations as postgresMigrations } from '../postgres/migrations.ts';
import { migrations as sqliteMigrations } from '../sqlite/migrations.ts';
import { actor, type StoreHarness } from './harness.ts';

const uwv = () => {
  const scheme = shippedFundingSchemes.find((s) => s.key === 'uwv-scholingsbudget-ww');
  if (!scheme) throw new Error('the shipped UWV scheme is missing');
  return scheme;
};

/** Funding schemes admins changed: kept by key, one version higher each time, announced and audited. */
export function fundingCases(h: StoreHarness) {
  it('keeps what admins save, by key, one version higher each time, with a change and an audit entry', async () => {
    const store = await h.open();
    const scheme = uwv();
    expect(await store.fundingSchemes.list()).toEqual([]);
    const first = await store.fundingSchemes.save({ ...scheme, caps: { ...scheme.caps, perCourse: 3000 } }, actor);
    const second = await store.fundingSchemes.save({ ...scheme, caps: { ...scheme.caps, perCourse: 3500 } }, actor);
    expect([first.version, second.version]).toEqual([1, 2]);
    const listed = await store.fundingSchemes.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ key: scheme.key, version: 2, caps: { perCourse: 3500 } });
    expect(listed[0]!.updatedAt).toBe(second.updatedAt);
    const changes = (await store.changes.since(0, 10)).filter((c) => c.aggregateId === scheme.key);
    expect(changes.map((c) => [c.aggregateType, c.op, c.version])).toEqual([
      ['funding', 'upsert', 1],
      ['funding', 'upsert', 2],
    ]);
    expect((await store.audit.list({ entityId: scheme.key }, 10)).map((a) => a.action)).toEqual([
      'funding.update',
      'funding.update',
    ]);
  });

  it('lists schemes in key order and leaves nothing behind when the transaction fails', async () => {
    const store = await h.open();
    const [a, b] = [...shippedFundingSchemes].sort((x, y) => (x.key < y.key ? -1 : 1));
    await h.refuseOutboxFor(store, a!.key);
    await store.fundingSchemes.save(b!, actor);
    await expect(store.fundingSchemes.save(a!, actor)).rejects.toThrow('outbox unavailable');
    expect((await store.fundingSchemes.list()).map((s) => s.key)).toEqual([b!.key]);
    expect(await store.audit.list({ entityId: a!.key }, 10)).toEqual([]);
  });

  it('gives two instances saving one scheme at once two different versions', async () => {
    const store = await h.open();
    const other = await h.openAnother(store);
    const scheme = uwv();
    const saved = await Promise.all([
      store.fundingSchemes.save(scheme, actor),
      other.fundingSchemes.save(scheme, actor),
    ]);
    expect(saved.map((s) => s.version).sort()).toEqual([1, 2]);
    expect((await store.fundingSchemes.list())[0]!.version).toBe(2);
  });

  it('migration 2 removes demo courses of the old shape and keeps the rest', async () => {
    const store = await h.open();
    const insert = (id: string, body: object) =>
      store.sql.run(
        "INSERT INTO courses (id, status, provider_id, version, updated_at, body) VALUES (?, 'open', 'prv_x', 1, '2026-01-01T00:00:00.000Z', ?)",
        [id, JSON.stringify(body)],
      );
    await insert('crs_old-00001', { id: 'crs_old-00001', title: 'Afwassen en meer', demo: true });
    await insert('crs_new-00001', { id: 'crs_new-00001', kind: 'vakcursus', demo: true });
    await insert('crs_real-0001', { id: 'crs_real-0001', title: 'Geïmporteerd', demo: false });
    // Run version 2 again over these rows, in this store's own dialect.
    const migration = (h.name === 'sqlite' ? sqliteMigrations : postgresMigrations).find((m) => m.version === 2)!;
    await store.sql.run('DROP TABLE funding_schemes');
    const statements = migration.sql.replace(/--.*$/gm, '').split(';');
    for (const statement of statements.filter((s) => s.trim())) await store.sql.run(statement);
    expect((await store.sql.all<{ id: string }>('SELECT id FROM courses ORDER BY id')).map((r) => r.id)).toEqual([
      'crs_new-00001',
      'crs_real-0001',
    ]);
  });
}
