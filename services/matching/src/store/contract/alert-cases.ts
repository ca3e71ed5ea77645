import { expect, it } from 'vitest';
import type { SavedSearch, StoredUser } from '../ports.ts';
import { actor, type StoreHarness } from './harness.ts';

const owner: StoredUser = {
  id: 'usr_test-1',
  email: 'persoon1@voorbeeld.nl',
  name: 'Persoon 1',
  role: 'jobseeker',
  profileId: null,
  employerId: null,
  demo: false,
  passwordHash: 'hash-1',
};

const search = (n: number, nextRunAt: string, over: Partial<SavedSearch> = {}): SavedSearch => ({
  id: `sav_test-${n}`,
  userId: 'usr_test-1',
  profileId: null,
  kind: 'search',
  name: `Zoekopdracht ${n}`,
  query: 'q=zorg&postcode=2011',
  frequency: 'daily',
  createdAt: `2026-12-0${n}T10:00:00.000Z`,
  lastRunAt: null,
  nextRunAt,
  ...over,
});

/** Saved searches, the alert log, and claiming a due search so two instances never mail it twice. */
export function alertCases(h: StoreHarness) {
  it('saves, lists, counts and deletes searches; finds the due ones soonest first', async () => {
    const store = await h.open();
    await store.users.save(owner, actor);
    await store.savedSearches.save(search(1, '2026-12-05T06:00:00.000Z'), actor);
    await store.savedSearches.save(search(2, '2026-12-04T06:00:00.000Z', { frequency: 'weekly' }), actor);
    await store.savedSearches.save(search(3, '2026-12-06T06:00:00.000Z'), actor);
    expect(await store.savedSearches.get('sav_test-2')).toEqual(
      search(2, '2026-12-04T06:00:00.000Z', { frequency: 'weekly' }),
    );
    expect((await store.savedSearches.listByUser('usr_test-1')).map((s) => s.id)).toEqual([
      'sav_test-1',
      'sav_test-2',
      'sav_test-3',
    ]);
    expect(await store.savedSearches.countByUser('usr_test-1')).toBe(3);
    const due = await store.savedSearches.due('2026-12-05T06:00:00.000Z', 10);
    expect(due.map((s) => s.id)).toEqual(['sav_test-2', 'sav_test-1']);
    expect((await store.savedSearches.due('2026-12-05T06:00:00.000Z', 1)).map((s) => s.id)).toEqual(['sav_test-2']);
    await store.savedSearches.save({ ...search(1, '2026-12-05T06:00:00.000Z'), name: 'Nieuwe naam' }, actor);
    expect((await store.savedSearches.get('sav_test-1'))!.name).toBe('Nieuwe naam');
    expect(await store.savedSearches.delete('sav_test-3', actor)).toBe(true);
    expect(await store.savedSearches.delete('sav_test-3', actor)).toBe(false);
    expect(await store.savedSearches.countByUser('usr_test-1')).toBe(2);
    expect((await store.audit.list({ entityId: 'sav_test-1' }, 10)).map((a) => a.action)).toEqual([
      'saved-search.update',
      'saved-search.create',
    ]);
  });

  it('records what a run mailed once, moves the search on, and drops the log with the search', async () => {
    const store = await h.open();
    await store.users.save(owner, actor);
    await store.savedSearches.save(search(1, '2026-12-04T06:00:00.000Z'), actor);
    await store.savedSearches.markRun('sav_test-1', {
      ranAt: '2026-12-04T06:01:00.000Z',
      nextRunAt: '2026-12-05T06:00:00.000Z',
      sentVacancyIds: ['vac_test-1', 'vac_test-2'],
    });
    // A vacancy logged again keeps its first entry.
    await store.savedSearches.markRun('sav_test-1', {
      ranAt: '2026-12-05T06:01:00.000Z',
      nextRunAt: '2026-12-06T06:00:00.000Z',
      sentVacancyIds: ['vac_test-2', 'vac_test-3'],
    });
    expect(await store.savedSearches.get('sav_test-1')).toMatchObject({
      lastRunAt: '2026-12-05T06:01:00.000Z',
      nextRunAt: '2026-12-06T06:00:00.000Z',
    });
    expect([...(await store.alertLog.sentVacancyIds('sav_test-1'))].sort()).toEqual([
      'vac_test-1',
      'vac_test-2',
      'vac_test-3',
    ]);
    expect(await store.alertLog.listForUser('usr_test-1')).toEqual([
      { savedSearchId: 'sav_test-1', vacancyId: 'vac_test-1', sentAt: '2026-12-04T06:01:00.000Z' },
      { savedSearchId: 'sav_test-1', vacancyId: 'vac_test-2', sentAt: '2026-12-04T06:01:00.000Z' },
      { savedSearchId: 'sav_test-1', vacancyId: 'vac_test-3', sentAt: '2026-12-05T06:01:00.000Z' },
    ]);
    await store.savedSearches.delete('sav_test-1', actor);
    expect(await h.rows(store, 'alert_log')).toEqual([]);
  });

  it('lets one of two instances claim a due search; a released claim makes it due again', async () => {
    const store = await h.open();
    const other = await h.openAnother(store);
    await store.users.save(owner, actor);
    const seen = '2026-12-04T06:00:00.000Z';
    const lease = '2026-12-04T06:10:00.000Z';
    await store.savedSearches.save(search(1, seen), actor);
    const [a, b] = await Promise.all([
      store.savedSearches.claim('sav_test-1', seen, lease),
      other.savedSearches.claim('sav_test-1', seen, lease),
    ]);
    expect([a, b].sort()).toEqual([false, true]);
    expect(await other.savedSearches.due('2026-12-04T06:05:00.000Z', 10)).toEqual([]);
    // A claim with an outdated view changes nothing.
    expect(await store.savedSearches.claim('sav_test-1', seen, '2026-12-04T06:20:00.000Z')).toBe(false);
    await other.savedSearches.release('sav_test-1', seen, lease);
    expect((await store.savedSearches.due('2026-12-04T06:05:00.000Z', 10)).map((s) => s.nextRunAt)).toEqual([seen]);
    // After the lease, the search is due again for whoever looks (an instance that died mid-run).
    expect(await store.savedSearches.claim('sav_test-1', seen, lease)).toBe(true);
    expect((await other.savedSearches.due('2026-12-04T06:10:00.000Z', 10)).map((s) => s.id)).toEqual(['sav_test-1']);
  });
}
