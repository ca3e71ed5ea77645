import { profileSchema, type Profile } from '@werkbrug/shared/schemas/profile';
import type { ProfileRepository } from '../ports.ts';
import { createDocumentTable } from './document-table.ts';
import { flagParam, placeholders, type SqlDatabase } from './sql.ts';

export function createProfileRepository(db: SqlDatabase): ProfileRepository {
  const table = createDocumentTable<Profile>(db, {
    table: 'profiles',
    type: 'profile',
    schema: profileSchema,
    columnNames: ['user_id', 'adviser_id', 'visible_to_employers'],
    columns: (p) => ({
      user_id: p.userId,
      adviser_id: p.adviserId,
      visible_to_employers: flagParam(p.consent.visibleToEmployers),
    }),
  });
  const equals = (f: Parameters<ProfileRepository['list']>[0] = {}) => ({
    adviser_id: f.adviserId,
    visible_to_employers: f.visibleToEmployers === undefined ? undefined : flagParam(f.visibleToEmployers),
  });

  // Erasure (GDPR art. 17) in one transaction: the profile, every shortlist about the person, every
  // audit and finished outbox row naming them, their sessions. The outbox delete that the erase itself
  // writes carries only the id until the relay has removed it from the index; then it is cleaned too.
  const erase: ProfileRepository['erase'] = (id, actor) =>
    db.transaction(async (tx) => {
      const lists = (await tx.all<{ id: string }>('SELECT id FROM shortlists WHERE profile_id = ?', [id])).map(
        (r) => r.id,
      );
      const user = (await tx.get<{ id: string }>('SELECT id FROM users WHERE profile_id = ?', [id]))?.id;
      await tx.run('DELETE FROM shortlists WHERE profile_id = ?', [id]);
      const named = [id, ...lists];
      await tx.run(`DELETE FROM audit_log WHERE entity_id IN ${placeholders(named.length)}`, named);
      await tx.run("DELETE FROM outbox WHERE aggregate_type = 'profile' AND aggregate_id = ? AND status != 'pending'", [
        id,
      ]);
      if (user) {
        await tx.run('DELETE FROM sessions WHERE user_id = ?', [user]);
        await tx.run('UPDATE users SET profile_id = NULL WHERE profile_id = ?', [id]);
      }
      const existed = await table.deleteInTransaction(
        tx,
        id,
        { userId: actor.userId === user ? null : actor.userId, requestId: actor.requestId },
        'profile.erase',
      );
      // The erase entry itself must not name the person either.
      await tx.run("UPDATE audit_log SET entity_id = NULL WHERE action = 'profile.erase' AND entity_id = ?", [id]);
      return existed;
    });

  return {
    get: (id) => table.get(id),
    getMany: (ids) => table.getMany(ids),
    list: (filter, page) => table.list(equals(filter), page),
    save: (profile, actor) => table.save(profile, actor),
    erase,
    scan: (batchSize) => table.scan(batchSize),
    count: (filter) => table.count(equals(filter)),
  };
}
