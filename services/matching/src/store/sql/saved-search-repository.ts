import type { AlertLogRepository, SavedSearch, SavedSearchRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import type { SqlDatabase } from './sql.ts';

interface SavedSearchRow {
  id: string;
  user_id: string;
  profile_id: string | null;
  kind: SavedSearch['kind'];
  name: string;
  query: string;
  frequency: SavedSearch['frequency'];
  created_at: string;
  last_run_at: string | null;
  next_run_at: string;
}

const toSearch = (r: SavedSearchRow): SavedSearch => ({
  id: r.id,
  userId: r.user_id,
  profileId: r.profile_id,
  kind: r.kind,
  name: r.name,
  query: r.query,
  frequency: r.frequency,
  createdAt: r.created_at,
  lastRunAt: r.last_run_at,
  nextRunAt: r.next_run_at,
});

/** Saved searches; the alert log beside them records what each one has mailed. */
export function createSavedSearchRepository(db: SqlDatabase): SavedSearchRepository {
  return {
    get: async (id) => {
      const row = await db.get<SavedSearchRow>('SELECT * FROM saved_searches WHERE id = ?', [id]);
      return row ? toSearch(row) : null;
    },
    listByUser: async (userId) =>
      (
        await db.all<SavedSearchRow>('SELECT * FROM saved_searches WHERE user_id = ? ORDER BY created_at, id', [userId])
      ).map(toSearch),
    countByUser: async (userId) =>
      (await db.get<{ n: number }>('SELECT count(*) AS n FROM saved_searches WHERE user_id = ?', [userId]))?.n ?? 0,
    save: (search, actor) =>
      db.transaction(async (tx) => {
        const existed = (await tx.get('SELECT id FROM saved_searches WHERE id = ?', [search.id])) !== undefined;
        await tx.run(
          `INSERT INTO saved_searches (id, user_id, profile_id, kind, name, query, frequency, created_at, last_run_at, next_run_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query, frequency = excluded.frequency,
             last_run_at = excluded.last_run_at, next_run_at = excluded.next_run_at`,
          [
            search.id,
            search.userId,
            search.profileId,
            search.kind,
            search.name,
            search.query,
            search.frequency,
            search.createdAt,
            search.lastRunAt,
            search.nextRunAt,
          ],
        );
        await recordChange(
          tx,
          actor,
          existed ? 'saved-search.update' : 'saved-search.create',
          { type: 'saved-search', id: search.id },
          null,
        );
        return search;
      }),
    delete: (id, actor) =>
      db.transaction(async (tx) => {
        const removed = (await tx.run('DELETE FROM saved_searches WHERE id = ?', [id])) > 0;
        if (removed) await recordChange(tx, actor, 'saved-search.delete', { type: 'saved-search', id }, null);
        return removed;
      }),
    due: async (now, limit) =>
      (
        await db.all<SavedSearchRow>(
          'SELECT * FROM saved_searches WHERE next_run_at <= ? ORDER BY next_run_at, id LIMIT ?',
          [now, limit],
        )
      ).map(toSearch),
    markRun: (id, run) =>
      db.transaction(async (tx) => {
        await tx.run('UPDATE saved_searches SET last_run_at = ?, next_run_at = ? WHERE id = ?', [
          run.ranAt,
          run.nextRunAt,
          id,
        ]);
        for (const vacancyId of run.sentVacancyIds)
          await tx.run(
            'INSERT INTO alert_log (saved_search_id, vacancy_id, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
            [id, vacancyId, run.ranAt],
          );
      }),
    // A compare-and-set on next_run_at: of two instances that read the same due search, one moves it
    // and the other changes no row, so one mail goes out. No lock is held while the mail is sent.
    claim: async (id, seen, leaseUntil) =>
      (await db.run('UPDATE saved_searches SET next_run_at = ? WHERE id = ? AND next_run_at = ?', [
        leaseUntil,
        id,
        seen,
      ])) === 1,
    release: async (id, seen, leaseUntil) =>
      void (await db.run('UPDATE saved_searches SET next_run_at = ? WHERE id = ? AND next_run_at = ?', [
        seen,
        id,
        leaseUntil,
      ])),
  };
}

export function createAlertLogRepository(db: SqlDatabase): AlertLogRepository {
  return {
    sentVacancyIds: async (savedSearchId) =>
      new Set(
        (
          await db.all<{ vacancy_id: string }>('SELECT vacancy_id FROM alert_log WHERE saved_search_id = ?', [
            savedSearchId,
          ])
        ).map((r) => r.vacancy_id),
      ),
    listForUser: async (userId) =>
      (
        await db.all<{ saved_search_id: string; vacancy_id: string; sent_at: string }>(
          `SELECT a.saved_search_id, a.vacancy_id, a.sent_at FROM alert_log a
             JOIN saved_searches s ON s.id = a.saved_search_id WHERE s.user_id = ? ORDER BY a.sent_at, a.vacancy_id`,
          [userId],
        )
      ).map((r) => ({ savedSearchId: r.saved_search_id, vacancyId: r.vacancy_id, sentAt: r.sent_at })),
  };
}
