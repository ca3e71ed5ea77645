import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import { createSqliteStore } from './create-sqlite-store.ts';
import { migrations } from './migrations.ts';

const actor = { userId: 'usr_admin', requestId: 'req-1' };

describe('the funding scheme repository', () => {
  it('keeps what admins save, by key, one version higher each time, with an outbox and an audit row', async () => {
    const store = createSqliteStore(':memory:');
    const uwv = shippedFundingSchemes.find((s) => s.key === 'uwv-scholingsbudget-ww')!;
    expect(await store.fundingSchemes.list()).toEqual([]);
    const first = await store.fundingSchemes.save({ ...uwv, caps: { ...uwv.caps, perCourse: 3000 } }, actor);
    const second = await store.fundingSchemes.save({ ...uwv, caps: { ...uwv.caps, perCourse: 3500 } }, actor);
    expect([first.version, second.version]).toEqual([1, 2]);
    const listed = await store.fundingSchemes.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ key: uwv.key, version: 2, caps: { perCourse: 3500 } });
    const outbox = store.db.prepare("SELECT aggregate_id, version FROM outbox WHERE aggregate_type = 'funding'").all();
    expect(outbox).toEqual([
      { aggregate_id: uwv.key, version: 1 },
      { aggregate_id: uwv.key, version: 2 },
    ]);
    expect((await store.audit.list({ entityId: uwv.key }, 10)).map((a) => a.action)).toEqual([
      'funding.update',
      'funding.update',
    ]);
    await store.close();
  });

  it('migration 2 removes demo courses of the old shape and keeps the rest', () => {
    const db = new Database(':memory:');
    db.exec(migrations[0]!.sql);
    const insert = db.prepare(
      "INSERT INTO courses (id, status, provider_id, version, updated_at, body) VALUES (?, 'open', 'prv_x', 1, '2026-01-01', ?)",
    );
    insert.run('crs_old-00001', JSON.stringify({ id: 'crs_old-00001', title: 'Afwassen en meer', demo: true }));
    insert.run('crs_new-00001', JSON.stringify({ id: 'crs_new-00001', kind: 'vakcursus', demo: true }));
    db.exec(migrations[1]!.sql);
    expect(db.prepare('SELECT id FROM courses').pluck().all()).toEqual(['crs_new-00001']);
    db.close();
  });
});
