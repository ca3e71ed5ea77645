import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import type { ShortlistRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import { forUpdate } from './dialect.ts';
import { flag, flagParam, type SqlDatabase, type SqlExecutor } from './sql.ts';

interface ShortlistRow {
  id: string;
  owner_id: string;
  profile_id: string;
  shared: number | boolean;
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
export function createShortlistRepository(db: SqlDatabase): ShortlistRepository {
  const hydrate = async (row: ShortlistRow): Promise<Shortlist> => ({
    id: row.id,
    name: row.name,
    ownerId: row.owner_id,
    profileId: row.profile_id,
    sharedWithJobseeker: flag(row.shared),
    version: row.version,
    updatedAt: row.updated_at,
    items: (
      await db.all<ItemRow>('SELECT * FROM shortlist_items WHERE shortlist_id = ? ORDER BY position, id', [row.id])
    ).map((i) => ({
      id: i.id,
      kind: i.kind,
      refId: i.ref_id,
      note: i.note,
      status: i.status,
      position: i.position,
      addedAt: i.added_at,
    })),
  });
  const versionOf = async (tx: SqlExecutor, id: string) =>
    (await tx.get<{ version: number }>(`SELECT version FROM shortlists WHERE id = ?${forUpdate(tx)}`, [id]))?.version;

  const save: ShortlistRepository['save'] = (list, actor) =>
    db.transaction(async (tx) => {
      const previous = await versionOf(tx, list.id);
      const saved: Shortlist = {
        ...list,
        items: [...list.items].sort((a, b) => a.position - b.position).map((item, position) => ({ ...item, position })),
        version: (previous ?? 0) + 1,
        updatedAt: new Date().toISOString(),
      };
      await tx.run(
        `INSERT INTO shortlists (id, owner_id, profile_id, shared, name, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, profile_id = excluded.profile_id,
           shared = excluded.shared, name = excluded.name, version = excluded.version, updated_at = excluded.updated_at`,
        [
          saved.id,
          saved.ownerId,
          saved.profileId,
          flagParam(saved.sharedWithJobseeker),
          saved.name,
          saved.version,
          saved.updatedAt,
        ],
      );
      await tx.run('DELETE FROM shortlist_items WHERE shortlist_id = ?', [saved.id]);
      for (const i of saved.items)
        await tx.run(
          'INSERT INTO shortlist_items (id, shortlist_id, kind, ref_id, note, status, position, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [i.id, saved.id, i.kind, i.refId, i.note, i.status, i.position, i.addedAt],
        );
      await recordChange(
        tx,
        actor,
        previous === undefined ? 'shortlist.create' : 'shortlist.update',
        { type: 'shortlist', id: saved.id },
        null,
      );
      return saved;
    });

  return {
    get: async (id) => {
      const row = await db.get<ShortlistRow>('SELECT * FROM shortlists WHERE id = ?', [id]);
      return row ? hydrate(row) : null;
    },
    listByOwner: async (ownerId) =>
      Promise.all(
        (
          await db.all<ShortlistRow>('SELECT * FROM shortlists WHERE owner_id = ? ORDER BY updated_at DESC, id', [
            ownerId,
          ])
        ).map(hydrate),
      ),
    listForProfile: async (profileId, options) =>
      Promise.all(
        (
          await db.all<ShortlistRow>('SELECT * FROM shortlists WHERE profile_id = ? ORDER BY updated_at DESC, id', [
            profileId,
          ])
        )
          .filter((r) => !options?.sharedOnly || flag(r.shared))
          .map(hydrate),
      ),
    save,
    delete: (id, actor) =>
      db.transaction(async (tx) => {
        const removed = (await tx.run('DELETE FROM shortlists WHERE id = ?', [id])) > 0;
        if (removed) await recordChange(tx, actor, 'shortlist.delete', { type: 'shortlist', id }, null);
        return removed;
      }),
  };
}
