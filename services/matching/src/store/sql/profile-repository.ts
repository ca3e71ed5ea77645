import { profileSchema, type Profile } from '@werkbrug/shared/schemas/profile';
import type { ProfileRepository } from '../ports.ts';
import { createDocumentTable } from './document-table.ts';
import { erasePersonalRows } from './personal-rows.ts';
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
  // share_with_adviser is generated from the body by the database (migration 4), so no writer sets it.
  const equals = (f: Parameters<ProfileRepository['list']>[0] = {}) => ({
    adviser_id: f.adviserId,
    visible_to_employers: f.visibleToEmployers === undefined ? undefined : flagParam(f.visibleToEmployers),
    share_with_adviser: f.sharesWithAdviser === undefined ? undefined : flagParam(f.sharesWithAdviser),
  });

  // A person's own profile and the link from their account to it are written together.
  const save: ProfileRepository['save'] = (profile, actor) =>
    db.transaction(async (tx) => {
      const saved = await table.saveInTransaction(tx, profile, actor);
      if (saved.userId)
        await tx.run('UPDATE users SET profile_id = ? WHERE id = ? AND profile_id IS NULL', [saved.id, saved.userId]);
      return saved;
    });

  // Erasure (GDPR art. 17) in one transaction: the profile, every shortlist about the person (items,
  // notes and answers go with them), their saved searches, mail links and contact requests
  // (personal-rows.ts), every audit, outbox and scoring-log row naming them, and their account with its
  // sessions; audit rows of what they did themselves keep the action without their id. Every outbox row
  // of the person goes, pending ones too: profiles are in no index, so a save made just before the erase
  // has nothing left to do. Only the erase's own delete follows, until relayed (then markDone drops it).
  const eraseInTransaction = (id: string, actor: Parameters<ProfileRepository['erase']>[1]) =>
    db.transaction(async (tx) => {
      const lists = (await tx.all<{ id: string }>('SELECT id FROM shortlists WHERE profile_id = ?', [id])).map(
        (r) => r.id,
      );
      const owner = (await tx.get<{ user_id: string | null }>('SELECT user_id FROM profiles WHERE id = ?', [id]))
        ?.user_id;
      const user = (
        await tx.get<{ id: string }>('SELECT id FROM users WHERE profile_id = ? OR id = ?', [id, owner ?? null])
      )?.id;
      await erasePersonalRows(tx, id, user);
      await tx.run('DELETE FROM shortlists WHERE profile_id = ?', [id]);
      const named = [id, ...lists];
      await tx.run(`DELETE FROM audit_log WHERE entity_id IN ${placeholders(named.length)}`, named);
      await tx.run("DELETE FROM outbox WHERE aggregate_type = 'profile' AND aggregate_id = ?", [id]);
      await tx.run('DELETE FROM scoring_log WHERE profile_id = ?', [id]);
      if (user) {
        await tx.run('DELETE FROM users WHERE id = ?', [user]); // sessions go with it (ON DELETE CASCADE)
        await tx.run("DELETE FROM audit_log WHERE entity_type = 'user' AND entity_id = ?", [user]);
        await tx.run('UPDATE audit_log SET actor_id = NULL WHERE actor_id = ?', [user]);
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
    save,
    erase: async (id, actor) => {
      const erased = await eraseInTransaction(id, actor);
      if (erased) await db.forgetDeleted();
      return erased;
    },
    scan: (batchSize) => table.scan(batchSize),
    count: (filter) => table.count(equals(filter)),
  };
}
