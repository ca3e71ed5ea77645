import type { Shortlist } from '@werkbrug/shared/schemas/shortlist';
import { expect, it } from 'vitest';
import { actor, type StoreHarness } from './harness.ts';

const item = (n: number, position: number): Shortlist['items'][number] => ({
  id: `sli_test-${n}`,
  kind: n % 2 ? 'vacancy' : 'course',
  refId: `vac_test-${n}`,
  note: `notitie ${n}`,
  status: 'voorgesteld',
  position,
  addedAt: '2026-11-01T10:00:00.000Z',
});

const list = (id: string, profileId: string, shared: boolean, items = [item(1, 0)]): Shortlist => ({
  id,
  name: `Lijst ${id}`,
  ownerId: 'usr_test-adviseur',
  profileId,
  sharedWithJobseeker: shared,
  items,
  version: 0,
  updatedAt: '',
});

/** Shortlists: items kept in order, versions, lists per owner and per person, deletion. */
export function shortlistCases(h: StoreHarness) {
  it('saves a list with its items in order and bumps its version', async () => {
    const store = await h.open();
    const saved = await store.shortlists.save(list('shl_test-a', 'pro_test-1', false, [item(1, 5), item(2, 1)]), actor);
    expect(saved.version).toBe(1);
    expect(saved.items.map((i) => [i.id, i.position])).toEqual([
      ['sli_test-2', 0],
      ['sli_test-1', 1],
    ]);
    expect(await store.shortlists.get('shl_test-a')).toEqual(saved);
    const again = await store.shortlists.save({ ...saved, items: [item(3, 0)], sharedWithJobseeker: true }, actor);
    expect(again).toMatchObject({ version: 2, sharedWithJobseeker: true });
    expect((await store.shortlists.get('shl_test-a'))!.items.map((i) => i.id)).toEqual(['sli_test-3']);
    expect((await store.audit.list({ entityId: 'shl_test-a' }, 10)).map((a) => a.action)).toEqual([
      'shortlist.update',
      'shortlist.create',
    ]);
  });

  it('lists by owner and by person, shared ones only when asked, and deletes', async () => {
    const store = await h.open();
    await store.shortlists.save(list('shl_test-a', 'pro_test-1', false, [item(1, 0)]), actor);
    await store.shortlists.save(list('shl_test-b', 'pro_test-1', true, [item(2, 0)]), actor);
    await store.shortlists.save(
      { ...list('shl_test-c', 'pro_test-2', true, [item(3, 0)]), ownerId: 'usr_test-ander' },
      actor,
    );
    expect((await store.shortlists.listByOwner('usr_test-adviseur')).map((l) => l.id).sort()).toEqual([
      'shl_test-a',
      'shl_test-b',
    ]);
    expect((await store.shortlists.listForProfile('pro_test-1')).map((l) => l.id).sort()).toEqual([
      'shl_test-a',
      'shl_test-b',
    ]);
    expect((await store.shortlists.listForProfile('pro_test-1', { sharedOnly: true })).map((l) => l.id)).toEqual([
      'shl_test-b',
    ]);
    expect(await store.shortlists.delete('shl_test-a', actor)).toBe(true);
    expect(await store.shortlists.delete('shl_test-a', actor)).toBe(false);
    expect(await store.shortlists.get('shl_test-a')).toBeNull();
    expect(await h.rows(store, 'shortlist_items')).toHaveLength(2);
    // Shortlists are in no search index: they write no outbox entries.
    expect(await store.changes.since(0, 10)).toEqual([]);
  });
}
