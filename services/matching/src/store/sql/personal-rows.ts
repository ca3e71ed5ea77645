import { placeholders, type SqlExecutor, type SqlValue } from './sql.ts';

/**
 * The rows of issue 13 that are about one person: saved searches (with their alert log), mail
 * tokens, contact requests and answers on lists. Erasing a profile runs this inside its own
 * transaction, before the shortlists go, so nothing of the person is left and no alert goes out.
 */
export async function erasePersonalRows(tx: SqlExecutor, profileId: string, userId: string | undefined): Promise<void> {
  const owner = userId ? 'profile_id = ? OR user_id = ?' : 'profile_id = ?';
  const ownerParams: SqlValue[] = userId ? [profileId, userId] : [profileId];
  const ids = async (sql: string, params: SqlValue[]) => (await tx.all<{ id: string }>(sql, params)).map((r) => r.id);
  const named = [
    ...(await ids(`SELECT id FROM saved_searches WHERE ${owner}`, ownerParams)),
    ...(await ids('SELECT id FROM contact_requests WHERE profile_id = ?', [profileId])),
    ...(await ids(
      'SELECT a.item_id AS id FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id WHERE s.profile_id = ?',
      [profileId],
    )),
  ];
  // The alert log goes with its saved searches (ON DELETE CASCADE), the answers with their lists.
  await tx.run(`DELETE FROM saved_searches WHERE ${owner}`, ownerParams);
  await tx.run(`DELETE FROM account_tokens WHERE ${owner}`, ownerParams);
  await tx.run('DELETE FROM contact_requests WHERE profile_id = ?', [profileId]);
  for (let i = 0; i < named.length; i += 500) {
    const chunk = named.slice(i, i + 500);
    await tx.run(`DELETE FROM audit_log WHERE entity_id IN ${placeholders(chunk.length)}`, chunk);
  }
}
