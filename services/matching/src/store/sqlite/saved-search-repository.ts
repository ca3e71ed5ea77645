import type Database from 'better-sqlite3';
import type { AlertLogRepository, SavedSearch, SavedSearchRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

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

/** Saved searches and, beside them, the alert log of what each one has mailed. */
export function createSavedSearchRepository(db: Database.Database, changes: ChangeLog): SavedSearchRepository {
  const one = db.prepare('SELECT * FROM saved_searches WHERE id = ?');
  const byUser = db.prepare('SELECT * FROM saved_searches WHERE user_id = ? ORDER BY created_at, id');
  const countByUser = db.prepare('SELECT count(*) FROM saved_searches WHERE user_id = ?').pluck();
  const due = db.prepare('SELECT * FROM saved_searches WHERE next_run_at <= ? ORDER BY next_run_at, id LIMIT ?');
  const upsert = db.prepare(
    `INSERT INTO saved_searches (id, user_id, profile_id, kind, name, query, frequency, created_at, last_run_at, next_run_at)
     VALUES (@id, @userId, @profileId, @kind, @name, @query, @frequency, @createdAt, @lastRunAt, @nextRunAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query, frequency = excluded.frequency,
       last_run_at = excluded.last_run_at, next_run_at = excluded.next_run_at`,
  );
  const remove = db.prepare('DELETE FROM saved_searches WHERE id = ?');
  const setRun = db.prepare('UPDATE saved_searches SET last_run_at = ?, next_run_at = ? WHERE id = ?');
  const logSent = db.prepare('INSERT OR IGNORE INTO alert_log (saved_search_id, vacancy_id, sent_at) VALUES (?, ?, ?)');

  const saveSync = db.transaction((search: SavedSearch, actor: Parameters<SavedSearchRepository['save']>[1]) => {
    const existed = one.get(search.id) !== undefined;
    upsert.run(search);
    changes.record(
      actor,
      existed ? 'saved-search.update' : 'saved-search.create',
      { type: 'saved-search', id: search.id },
      null,
    );
    return search;
  });
  const deleteSync = db.transaction((id: string, actor: Parameters<SavedSearchRepository['delete']>[1]) => {
    const removed = remove.run(id).changes > 0;
    if (removed) changes.record(actor, 'saved-search.delete', { type: 'saved-search', id }, null);
    return removed;
  });
  const markRunSync = db.transaction((id: string, run: Parameters<SavedSearchRepository['markRun']>[1]) => {
    setRun.run(run.ranAt, run.nextRunAt, id);
    for (const vacancyId of run.sentVacancyIds) logSent.run(id, vacancyId, run.ranAt);
  });

  return {
    get: async (id) => {
      const row = one.get(id) as SavedSearchRow | undefined;
      return row ? toSearch(row) : null;
    },
    listByUser: async (userId) => (byUser.all(userId) as SavedSearchRow[]).map(toSearch),
    countByUser: async (userId) => countByUser.get(userId) as number,
    save: async (search, actor) => saveSync(search, actor),
    delete: async (id, actor) => deleteSync(id, actor),
    due: async (now, limit) => (due.all(now, limit) as SavedSearchRow[]).map(toSearch),
    markRun: async (id, run) => markRunSync(id, run),
  };
}

export function createAlertLogRepository(db: Database.Database): AlertLogRepository {
  const sent = db.prepare('SELECT vacancy_id FROM alert_log WHERE saved_search_id = ?').pluck();
  const forUser = db.prepare(
    `SELECT a.saved_search_id, a.vacancy_id, a.sent_at FROM alert_log a
       JOIN saved_searches s ON s.id = a.saved_search_id WHERE s.user_id = ? ORDER BY a.sent_at, a.vacancy_id`,
  );
  return {
    sentVacancyIds: async (savedSearchId) => new Set(sent.all(savedSearchId) as string[]),
    listForUser: async (userId) =>
      (forUser.all(userId) as { saved_search_id: string; vacancy_id: string; sent_at: string }[]).map((r) => ({
        savedSearchId: r.saved_search_id,
        vacancyId: r.vacancy_id,
        sentAt: r.sent_at,
      })),
  };
}
