import type Database from 'better-sqlite3';

/**
 * The rows of issue 13 that are about one person: saved searches (with their alert log), mail
 * tokens, contact requests and answers on lists. Erasing a profile runs this inside its own
 * transaction, before the shortlists go, so nothing of the person is left and no alert goes out.
 */
export function createPersonalRowEraser(db: Database.Database) {
  const searchIds = db
    .prepare('SELECT id FROM saved_searches WHERE profile_id = @profileId OR user_id = @userId')
    .pluck();
  const requestIds = db.prepare('SELECT id FROM contact_requests WHERE profile_id = ?').pluck();
  const answerIds = db
    .prepare(
      'SELECT a.item_id FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id WHERE s.profile_id = ?',
    )
    .pluck();
  const deleteSearches = db.prepare('DELETE FROM saved_searches WHERE profile_id = @profileId OR user_id = @userId');
  const deleteTokens = db.prepare('DELETE FROM account_tokens WHERE profile_id = @profileId OR user_id = @userId');
  const deleteRequests = db.prepare('DELETE FROM contact_requests WHERE profile_id = ?');
  const deleteAudit = db.prepare('DELETE FROM audit_log WHERE entity_id IN (SELECT value FROM json_each(?))');

  return (profileId: string, userId: string | undefined): void => {
    const ids = { profileId, userId: userId ?? null };
    const named = [
      ...(searchIds.all(ids) as string[]),
      ...(requestIds.all(profileId) as string[]),
      ...(answerIds.all(profileId) as string[]),
    ];
    deleteSearches.run(ids);
    deleteTokens.run(ids);
    deleteRequests.run(profileId);
    deleteAudit.run(JSON.stringify(named));
  };
}
