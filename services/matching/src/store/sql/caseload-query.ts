import { profileSchema } from '@werkbrug/shared/schemas/profile';
import type { CaseloadEntry, CaseloadFilter, CaseloadRepository, CaseloadSort, CaseloadStatus } from '../ports.ts';
import { greatest, jsonArrayHas, jsonText, jsonTrue } from './dialect.ts';
import { jsonValue, type SqlExecutor, type SqlValue } from './sql.ts';

/**
 * The adviser's caseload as one query: only people who share their profile with the adviser, each
 * with their last activity (profile change, list change, an answer on a list) and a status derived
 * from their lists. Filtering, sorting and paging happen in the database, so a caseload of hundreds
 * stays one small page per request.
 */
function caseloadSql(tx: SqlExecutor): string {
  // Sorted by bytes on both sides, so a page holds the same people on SQLite and PostgreSQL.
  const alias = `lower(${jsonText(tx, 'p.body', ['alias'])})${tx.dialect === 'postgres' ? ' COLLATE "C"' : ''}`;
  return `
  WITH person AS (
    SELECT p.id, p.body, p.updated_at,
      ${alias} AS alias,
      lower(${jsonText(tx, 'p.body', ['postcode'])}) AS postcode,
      (SELECT count(*) FROM shortlists s WHERE s.profile_id = p.id) AS list_count,
      (SELECT count(*) FROM shortlists s WHERE s.profile_id = p.id AND s.shared = TRUE) AS shared_count,
      (EXISTS (SELECT 1 FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id
                 WHERE s.profile_id = p.id AND i.status IN ('gesolliciteerd', 'gesprek', 'aangenomen'))
       OR EXISTS (SELECT 1 FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id
                 WHERE s.profile_id = p.id AND a.answer = 'applied')) AS applied,
      ${greatest(tx, [
        'p.updated_at',
        'coalesce((SELECT max(s.updated_at) FROM shortlists s WHERE s.profile_id = p.id), p.updated_at)',
        `coalesce((SELECT max(a.answered_at) FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id
                   WHERE s.profile_id = p.id), p.updated_at)`,
      ])} AS last_activity
    FROM profiles p
    WHERE p.adviser_id = ? AND ${jsonTrue(tx, 'p.body', ['consent', 'shareWithAdviser'])}
  ),
  entry AS (
    SELECT *, CASE WHEN applied THEN 'applied' WHEN shared_count > 0 THEN 'list-shared'
                   WHEN list_count > 0 THEN 'list-not-shared' ELSE 'no-list' END AS status
    FROM person
  )
  SELECT * FROM entry`;
}

const orderBy: Record<CaseloadSort, string> = {
  alias: 'alias, postcode, id',
  'last-activity': 'last_activity DESC, id',
  'least-recent-activity': 'last_activity, id',
};

interface EntryRow {
  body: unknown;
  last_activity: string;
  status: CaseloadStatus;
  list_count: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Only the filters that are set become conditions, each with its own parameters. */
function conditions(tx: SqlExecutor, filter: CaseloadFilter): { where: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const text = filter.text?.trim().toLowerCase();
  if (text) {
    // Part of the alias, the start of the postcode, or the short code (the id's last four characters).
    parts.push(
      "(alias LIKE ? ESCAPE '\\' OR postcode LIKE ? ESCAPE '\\' OR upper(substr(id, length(id) - 3)) = upper(?))",
    );
    params.push(`%${escapeLike(text)}%`, `${escapeLike(text)}%`, text);
  }
  if (filter.targetGroup) {
    parts.push(jsonArrayHas(tx, 'body', 'targetGroups'));
    params.push(filter.targetGroup);
  }
  if (filter.activeSince) {
    parts.push('last_activity >= ?');
    params.push(filter.activeSince);
  }
  if (filter.inactiveSince) {
    parts.push('last_activity < ?');
    params.push(filter.inactiveSince);
  }
  if (filter.status) {
    parts.push('status = ?');
    params.push(filter.status);
  }
  return { where: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

export function createCaseloadQuery(db: SqlExecutor): CaseloadRepository {
  const base = caseloadSql(db);
  return {
    async search(adviserId, filter, sort, page) {
      const { where, params } = conditions(db, filter);
      const sql = `${base}${where}`;
      const all: SqlValue[] = [adviserId, ...params];
      const rows = await db.all<EntryRow>(`${sql} ORDER BY ${orderBy[sort]} LIMIT ? OFFSET ?`, [
        ...all,
        page.first,
        page.offset,
      ]);
      const items: CaseloadEntry[] = rows.map((r) => ({
        // Read one page at a time, so every body is checked against the shared schema as in `list`.
        profile: profileSchema.parse(jsonValue(r.body)),
        lastActivityAt: r.last_activity,
        status: r.status,
        listCount: Number(r.list_count),
      }));
      const total = await db.get<{ n: number }>(`SELECT count(*) AS n FROM (${sql}) AS c`, all);
      return { items, totalCount: Number(total?.n ?? 0) };
    },
  };
}
