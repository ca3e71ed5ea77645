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

  it('lists a caseload of only the people who still share with their adviser, counted the same', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const person = data.profiles.find((p) => p.adviserId && p.consent.shareWithAdviser)!;
    const adviserId = person.adviserId!;
    const sharing = () => store.profiles.count({ adviserId, sharesWithAdviser: true });
    const before = await sharing();
    expect(before).toBe(data.profiles.filter((p) => p.adviserId === adviserId && p.consent.shareWithAdviser).length);
    // Withdrawing consent is a save of the body: the column follows it without the writer knowing.
    await store.profiles.save({ ...person, consent: { ...person.consent, shareWithAdviser: false } }, actor);
    expect(await sharing()).toBe(before - 1);
    const caseload = await store.profiles.list({ adviserId, sharesWithAdviser: true }, { first: 100 });
    expect(caseload.items.map((p) => p.id)).not.toContain(person.id);
    expect(caseload.totalCount).toBe(before - 1);
    expect(await store.profiles.count({ adviserId, sharesWithAdviser: false })).toBeGreaterThanOrEqual(1);
  });

  it('links a new profile to its account in the same write', async () => {
    const store = await h.open();
    const account = {
      id: 'usr_test-new',
      email: 'nieuw@voorbeeld.nl',
      name: 'Nieuw',
      role: 'jobseeker' as const,
      profileId: null,
      employerId: null,
      demo: false,
      passwordHash: 'hash',
    };
    await store.users.save(account, actor);
    const profile = { ...smallDataset().profiles[0]!, id: 'pro_test-new', userId: account.id, version: 0 };
    await store.profiles.save(profile, { userId: account.id });
    expect((await store.users.findByEmail(account.email))?.profileId).toBe('pro_test-new');
  });

  it('erases the account with the person, and their pending saves: only the erase itself is left to relay', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const person = data.profiles.find((p) => p.userId)!;
    const account = data.users.find((u) => u.id === person.userId)!;
    await store.outbox.markDoneUpTo(await store.outbox.latestId(), new Date().toISOString());
    await store.profiles.save({ ...person, alias: 'Vlak voor het wissen' }, { userId: person.userId });
    expect(await store.profiles.erase(person.id, { userId: person.userId })).toBe(true);
    expect(await store.users.findByEmail(account.email)).toBeNull();
    const pending = await store.outbox.pending(10, new Date().toISOString());
    expect(pending).toMatchObject([{ aggregateId: person.id, op: 'delete' }]);
    // What the person did themselves stays in the audit log, without their id.
    const audit = JSON.stringify(await h.rows(store, 'audit_log'));
    expect(audit).not.toContain(person.userId!);
    expect(audit).not.toContain(person.id);
    expect(JSON.stringify(await h.rows(store, 'users'))).not.toContain(account.email);
  });
}
