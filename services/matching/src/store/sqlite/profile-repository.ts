import type Database from 'better-sqlite3';
import { profileSchema, type Profile } from '@werkbrug/shared/schemas/profile';
import type { ProfileRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';
import { createDocumentTable } from './document-table.ts';

export function createProfileRepository(db: Database.Database, changes: ChangeLog): ProfileRepository {
  const table = createDocumentTable<Profile>(db, changes, {
    table: 'profiles',
    type: 'profile',
    schema: profileSchema,
    columnNames: ['user_id', 'adviser_id', 'visible_to_employers'],
    columns: (p) => ({
      user_id: p.userId,
      adviser_id: p.adviserId,
      visible_to_employers: p.consent.visibleToEmployers ? 1 : 0,
    }),
  });
  const equals = (f: Parameters<ProfileRepository['list']>[0] = {}) => ({
    adviser_id: f.adviserId,
    visible_to_employers: f.visibleToEmployers === undefined ? undefined : f.visibleToEmployers ? 1 : 0,
    share_with_adviser: f.sharesWithAdviser === undefined ? undefined : f.sharesWithAdviser ? 1 : 0,
  });

  const shortlistIds = db.prepare('SELECT id FROM shortlists WHERE profile_id = ?').pluck();
  const deleteShortlists = db.prepare('DELETE FROM shortlists WHERE profile_id = ?');
  const deleteAudit = db.prepare(
    'DELETE FROM audit_log WHERE entity_id = ? OR entity_id IN (SELECT value FROM json_each(?))',
  );
  // Every outbox row of the person, pending ones too: profiles are in no index, so a save made just
  // before the erase has nothing left to do. Only the erase's own delete follows, until relayed.
  const deleteOutbox = db.prepare("DELETE FROM outbox WHERE aggregate_type = 'profile' AND aggregate_id = ?");
  const userOf = db.prepare('SELECT id FROM users WHERE profile_id = ? OR id = ?').pluck();
  const deleteUser = db.prepare('DELETE FROM users WHERE id = ?');
  const deleteUserAudit = db.prepare("DELETE FROM audit_log WHERE entity_type = 'user' AND entity_id = ?");
  const anonymiseActor = db.prepare('UPDATE audit_log SET actor_id = NULL WHERE actor_id = ?');
  const deleteScoringLog = db.prepare('DELETE FROM scoring_log WHERE profile_id = ?');
  const linkUser = db.prepare('UPDATE users SET profile_id = ? WHERE id = ? AND profile_id IS NULL');
  // A person's own profile and the link from their account to it are written together.
  const saveSync = db.transaction((profile: Profile, actor: Parameters<ProfileRepository['save']>[1]) => {
    const saved = table.save(profile, actor);
    if (saved.userId) linkUser.run(saved.id, saved.userId);
    return saved;
  });

  // Erasure (GDPR art. 17) in one transaction: the profile, every shortlist about the person (items and
  // notes go with them), every audit, outbox and scoring-log row naming them, and their account with its sessions;
  // audit rows of what they did themselves keep the action without their id. The outbox delete the
  // erase itself writes carries only the id until the relay has passed it on; then it goes too.
  const eraseSync = db.transaction((id: string, actor: Parameters<ProfileRepository['erase']>[1]) => {
    const lists = shortlistIds.all(id) as string[];
    const ownerId = (table.get(id) as Profile | null)?.userId ?? null;
    const user = userOf.get(id, ownerId) as string | undefined;
    deleteShortlists.run(id);
    deleteAudit.run(id, JSON.stringify(lists));
    deleteOutbox.run(id);
    deleteScoringLog.run(id);
    if (user) {
      deleteUser.run(user); // sessions go with it (ON DELETE CASCADE)
      deleteUserAudit.run(user);
      anonymiseActor.run(user);
    }
    const existed = table.deleteInTransaction(
      id,
      { userId: actor.userId === user ? null : actor.userId, requestId: actor.requestId },
      'profile.erase',
    );
    // The erase entry itself must not name the person either.
    db.prepare("UPDATE audit_log SET entity_id = NULL WHERE action = 'profile.erase' AND entity_id = ?").run(id);
    return existed;
  });

  return {
    get: async (id) => table.get(id),
    getMany: async (ids) => table.getMany(ids),
    list: async (filter, page) => table.list(equals(filter), page),
    save: async (profile, actor) => saveSync(profile, actor),
    erase: async (id, actor) => {
      const erased = eraseSync(id, actor);
      // secure_delete has zeroed the freed pages; a checkpoint moves that into the database file and
      // empties the write-ahead log, which still held the old pages with the person's data.
      if (erased) db.pragma('wal_checkpoint(TRUNCATE)');
      return erased;
    },
    scan: (batchSize) => table.scan(batchSize),
    count: async (filter) => table.count(equals(filter)),
  };
}
