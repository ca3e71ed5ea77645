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
  const deleteOutbox = db.prepare(
    "DELETE FROM outbox WHERE aggregate_type = 'profile' AND aggregate_id = ? AND status != 'pending'",
  );
  const userOf = db.prepare('SELECT id FROM users WHERE profile_id = ?').pluck();
  const deleteSessions = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  const unlinkUser = db.prepare('UPDATE users SET profile_id = NULL WHERE profile_id = ?');
  const linkUser = db.prepare('UPDATE users SET profile_id = ? WHERE id = ? AND profile_id IS NULL');
  // A person's own profile and the link from their account to it are written together.
  const saveSync = db.transaction((profile: Profile, actor: Parameters<ProfileRepository['save']>[1]) => {
    const saved = table.save(profile, actor);
    if (saved.userId) linkUser.run(saved.id, saved.userId);
    return saved;
  });

  // Erasure (GDPR art. 17) in one transaction: the profile, every shortlist about the person, every
  // audit and finished outbox row naming them, their sessions. The outbox delete that the erase itself
  // writes carries only the id until the relay has removed it from the index; then it is cleaned too.
  const eraseSync = db.transaction((id: string, actor: Parameters<ProfileRepository['erase']>[1]) => {
    const lists = shortlistIds.all(id) as string[];
    const user = userOf.get(id) as string | undefined;
    deleteShortlists.run(id);
    deleteAudit.run(id, JSON.stringify(lists));
    deleteOutbox.run(id);
    if (user) {
      deleteSessions.run(user);
      unlinkUser.run(id);
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
    erase: async (id, actor) => eraseSync(id, actor),
    scan: (batchSize) => table.scan(batchSize),
    count: async (filter) => table.count(equals(filter)),
  };
}
