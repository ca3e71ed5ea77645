import { expect, it } from 'vitest';
import { seedStore } from '../sql/seed-store.ts';
import { actor, smallDataset, type StoreHarness } from './harness.ts';

/** Profiles: consent filters and erasure (GDPR art. 17) of everything that names the person. */
export function profileCases(h: StoreHarness) {
  it('lists profiles by adviser and by consent to be seen by employers', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const visible = data.profiles.filter((p) => p.consent.visibleToEmployers).length;
    expect(await store.profiles.count({ visibleToEmployers: true })).toBe(visible);
    expect(await store.profiles.count({ visibleToEmployers: false })).toBe(data.profiles.length - visible);
    const adviser = data.profiles.find((p) => p.adviserId)!.adviserId!;
    const caseload = await store.profiles.list({ adviserId: adviser }, { first: 100 });
    expect(caseload.items.every((p) => p.adviserId === adviser)).toBe(true);
    expect(caseload.totalCount).toBe(data.profiles.filter((p) => p.adviserId === adviser).length);
  });

  it('erases a person from profiles, shortlists, audit log, sessions and finished outbox rows', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
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
        items: [
          {
            id: 'sli_test-1',
            kind: 'vacancy',
            refId: data.vacancies[0]!.id,
            note: 'past goed',
            status: 'voorgesteld',
            position: 0,
            addedAt: '2026-11-01T10:00:00.000Z',
          },
        ],
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
    const tables = ['profiles', 'shortlists', 'shortlist_items', 'audit_log', 'outbox', 'sessions'];
    const everything = JSON.stringify(await Promise.all(tables.map((t) => h.rows(store, t))));
    // Only the pending delete for the index may still name the person, until the relay has run.
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending).toMatchObject([{ aggregateType: 'profile', aggregateId: person.id, op: 'delete' }]);
    expect(everything.split(person.id).length - 1).toBe(1);
    expect(everything).not.toContain('past goed');
    await store.outbox.markDone([pending[0]!.id], new Date().toISOString());
    const after = JSON.stringify(await Promise.all(['audit_log', 'outbox'].map((t) => h.rows(store, t))));
    expect(after).not.toContain(person.id);
    expect(await store.profiles.erase(person.id, actor)).toBe(false);
  });
}
