import { expect, it } from 'vitest';
import { seedStore } from '../sql/seed-store.ts';
import { actor, smallDataset, type StoreHarness } from './harness.ts';

/** Vacancies and courses: the document tables, their versions, pages, filters and schema checks. */
export function aggregateCases(h: StoreHarness) {
  it('writes the row, its outbox entry and an audit entry together', async () => {
    const store = await h.open();
    const vacancy = smallDataset().vacancies[0]!;
    const saved = await store.vacancies.save(vacancy, actor);
    expect(saved.version).toBe(1);
    expect(await store.vacancies.get(vacancy.id)).toEqual(saved);
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending).toMatchObject([{ aggregateType: 'vacancy', aggregateId: vacancy.id, op: 'upsert', version: 1 }]);
    expect(await store.audit.list({ entityId: vacancy.id }, 10)).toMatchObject([
      { action: 'vacancy.create', actorId: actor.userId, requestId: 'req-1' },
    ]);
    const again = await store.vacancies.save({ ...saved, title: 'Nieuwe titel' }, actor);
    expect(again).toMatchObject({ version: 2, title: 'Nieuwe titel' });
    expect((await store.audit.list({ entityId: vacancy.id }, 10)).map((a) => a.action)).toEqual([
      'vacancy.update',
      'vacancy.create',
    ]);
  });

  it('leaves neither the row nor its outbox and audit entries when the transaction fails', async () => {
    const store = await h.open();
    const [first, second] = smallDataset().vacancies;
    await h.refuseOutboxFor(store, second!.id);
    await store.vacancies.save(first!, actor);
    await expect(store.vacancies.save(second!, actor)).rejects.toThrow('outbox unavailable');
    expect(await store.vacancies.get(second!.id)).toBeNull();
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending.map((e) => e.aggregateId)).toEqual([first!.id]);
    expect(await store.audit.list({ entityId: second!.id }, 10)).toEqual([]);
    // The store is usable after the failure.
    expect(await store.vacancies.count()).toBe(1);
  });

  it('pages through vacancies with stable cursors and filters, and counts them', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const open = data.vacancies.filter((v) => v.status === 'open');
    expect(await store.vacancies.count({ status: 'open' })).toBe(open.length);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await store.vacancies.list({ status: 'open' }, { first: 7, after });
      expect(page.totalCount).toBe(open.length);
      seen.push(...page.items.map((v) => v.id));
      after = page.endCursor;
    } while (after);
    expect(seen).toEqual(open.map((v) => v.id).sort());
    const employer = data.vacancies[0]!.employerId;
    const own = await store.vacancies.list({ employerId: employer }, { first: 100 });
    expect(own.items.map((v) => v.id)).toEqual(
      data.vacancies
        .filter((v) => v.employerId === employer)
        .map((v) => v.id)
        .sort(),
    );
    const municipality = data.vacancies[0]!.location.municipality;
    expect(await store.vacancies.count({ municipality })).toBe(
      data.vacancies.filter((v) => v.location.municipality === municipality).length,
    );
  });

  it('reads many by id in the order asked, leaving out ids it does not hold', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const [a, b, c] = data.courses;
    const got = await store.courses.getMany([c!.id, 'crs_bestaat-niet', a!.id, b!.id]);
    expect(got.map((x) => x.id)).toEqual([c!.id, a!.id, b!.id]);
    expect(await store.courses.getMany([])).toEqual([]);
    expect(await store.courses.get('crs_bestaat-niet')).toBeNull();
    const provider = a!.providerId;
    expect((await store.courses.list({ providerId: provider }, { first: 50 })).totalCount).toBe(
      data.courses.filter((x) => x.providerId === provider).length,
    );
  });

  it('scans every document in id order, in batches', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const batches: string[][] = [];
    for await (const batch of store.vacancies.scan(15)) batches.push(batch.map((v) => v.id));
    expect(batches.map((b) => b.length)).toEqual([15, 15, 10]);
    expect(batches.flat()).toEqual(data.vacancies.map((v) => v.id).sort());
  });

  it('checks stored bodies against the shared schema when read, naming paths but no values', async () => {
    const store = await h.open();
    const vacancy = smallDataset().vacancies[0]!;
    await store.vacancies.save(vacancy, actor);
    const broken = { ...vacancy, version: 1, hoursMin: 'veel', title: 'Geheime titel' };
    await store.sql.run('UPDATE vacancies SET body = ? WHERE id = ?', [JSON.stringify(broken), vacancy.id]);
    await expect(store.vacancies.get(vacancy.id)).rejects.toThrow(
      /stored vacancy does not match its schema \(hoursMin: invalid_type\)/,
    );
    await expect(store.vacancies.get(vacancy.id)).rejects.not.toThrow(/Geheime/);
  });
}
