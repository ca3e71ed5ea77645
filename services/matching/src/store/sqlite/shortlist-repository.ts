import type Database from 'better-sqlite3';
import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import type { ShortlistRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

interface ShortlistRow {
  id: string;
  owner_id: string;
  profile_id: string;
  shared: number;
  name: string;
  version: number;
  updated_at: string;
}

interface ItemRow {
  id: string;
  kind: ShortlistItem['kind'];
  ref_id: string;
  note: string;
  status: ShortlistItem['status'];
  position: number;
  added_at: string;
}

/** Shortlists with their items in a child table, so items can be ordered and erased with the list. */
export function createShortlistRepository(db: Database.Database, changes: ChangeLog): ShortlistRepository {
  const one = db.prepare('SELECT * FROM shortlists WHERE id = ?');
  const byOwner = db.prepare('SELECT * FROM shortlists WHERE owner_id = ? ORDER BY updated_at DESC, id');
  const byProfile = db.prepare('SELECT * FROM shortlists WHERE profile_id = ? ORDER BY updated_at DESC, id');
  const items = db.prepare('SELECT * FROM shortlist_items WHERE shortlist_id = ? ORDER BY position, id');
  const upsert = db.prepare(
    `INSERT INTO shortlists (id, owner_id, profile_id, shared, name, version, updated_at)
     VALUES (@id, @owner_id, @profile_id, @shared, @name, @version, @updated_at)
     ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, profile_id = excluded.profile_id,
       shared = excluded.shared, name = excluded.name, version = excluded.version, updated_at = excluded.updated_at`,
  );
  const clearItems = db.prepare('DELETE FROM shortlist_items WHERE shortlist_id = ?');
  const insertItem = db.prepare(
    'INSERT INTO shortlist_items (id, shortlist_id, kind, ref_id, note, status, position, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM shortlists WHERE id = ?');

  const hydrate = (row: ShortlistRow): Shortlist => ({
    id: row.id,
    name: row.name,
    ownerId: row.owner_id,
    profileId: row.profile_id,
    sharedWithJobseeker: row.shared === 1,
    version: row.version,
    updatedAt: row.updated_at,
    items: (items.all(row.id) as ItemRow[]).map((i) => ({
      id: i.id,
      kind: i.kind,
      refId: i.ref_id,
      note: i.note,
      status: i.status,
      position: i.position,
      addedAt: i.added_at,
    })),
  });

  const saveSync = db.transaction((list: Shortlist, actor: Parameters<ShortlistRepository['save']>[1]): Shortlist => {
    const previous = one.get(list.id) as ShortlistRow | undefined;
    const saved: Shortlist = {
      ...list,
      items: [...list.items].sort((a, b) => a.position - b.position).map((item, position) => ({ ...item, position })),
      version: (previous?.version ?? 0) + 1,
      updatedAt: new Date().toISOString(),
    };
    upsert.run({
      id: saved.id,
      owner_id: saved.ownerId,
      profile_id: saved.profileId,
      shared: saved.sharedWithJobseeker ? 1 : 0,
      name: saved.name,
      version: saved.version,
      updated_at: saved.updatedAt,
    });
    clearItems.run(saved.id);
    for (const i of saved.items)
      insertItem.run(i.id, saved.id, i.kind, i.refId, i.note, i.status, i.position, i.addedAt);
    changes.record(
      actor,
      previous ? 'shortlist.update' : 'shortlist.create',
      { type: 'shortlist', id: saved.id },
      null,
    );
    return saved;
  });

  const deleteSync = db.transaction((id: string, actor: Parameters<ShortlistRepository['delete']>[1]) => {
    const removed = remove.run(id).changes > 0;
    if (removed) changes.record(actor, 'shortlist.delete', { type: 'shortlist', id }, null);
    return removed;
  });

  return {
    get: async (id) => {
      const row = one.get(id) as ShortlistRow | undefined;
      return row ? hydrate(row) : null;
    },
    listByOwner: async (ownerId) => (byOwner.all(ownerId) as ShortlistRow[]).map(hydrate),
    listForProfile: async (profileId, options) =>
      (byProfile.all(profileId) as ShortlistRow[]).filter((r) => !options?.sharedOnly || r.shared === 1).map(hydrate),
    save: async (list, actor) => saveSync(list, actor),
    delete: async (id, actor) => deleteSync(id, actor),
  };
}
