import type Database from 'better-sqlite3';
import { profileSchema } from '@werkbrug/shared/schemas/profile';
import type { CaseloadEntry, CaseloadRepository, CaseloadSort, CaseloadStatus } from '../ports.ts';

/**
 * The adviser's caseload as one query: only people who share their profile with the adviser, each
 * with their last activity (profile change, list change, an answer on a list) and a status derived
 * from their lists. Filtering, sorting and paging happen in SQLite, so a caseload of hundreds stays
 * one small page per request.
 */
const base = `
  WITH person AS (
    SELECT p.id, p.body, p.updated_at,
      lower(json_extract(p.body, '$.alias')) AS alias,
      json_extract(p.body, '$.postcode') AS postcode,
      (SELECT count(*) FROM shortlists s WHERE s.profile_id = p.id) AS list_count,
      (SELECT count(*) FROM shortlists s WHERE s.profile_id = p.id AND s.shared = 1) AS shared_count,
      (EXISTS (SELECT 1 FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id
                 WHERE s.profile_id = p.id AND i.status IN ('gesolliciteerd', 'gesprek', 'aangenomen'))
       OR EXISTS (SELECT 1 FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id
                 WHERE s.profile_id = p.id AND a.answer = 'applied')) AS applied,
      max(p.updated_at,
          coalesce((SELECT max(s.updated_at) FROM shortlists s WHERE s.profile_id = p.id), ''),
          coalesce((SELECT max(a.answered_at) FROM shortlist_answers a JOIN shortlists s ON s.id = a.shortlist_id
                    WHERE s.profile_id = p.id), '')) AS last_activity
    FROM profiles p
    WHERE p.adviser_id = @adviserId AND json_extract(p.body, '$.consent.shareWithAdviser') = 1
  ),
  entry AS (
    SELECT *, CASE WHEN applied THEN 'applied' WHEN shared_count > 0 THEN 'list-shared'
                   WHEN list_count > 0 THEN 'list-not-shared' ELSE 'no-list' END AS status
    FROM person
  )
  SELECT * FROM entry
  WHERE (@text IS NULL OR alias LIKE @like ESCAPE '\\' OR postcode LIKE @prefix ESCAPE '\\'
         OR upper(substr(id, -4)) = upper(@text))
    AND (@targetGroup IS NULL OR EXISTS (SELECT 1 FROM json_each(body, '$.targetGroups') WHERE value = @targetGroup))
    AND (@activeSince IS NULL OR last_activity >= @activeSince)
    AND (@inactiveSince IS NULL OR last_activity < @inactiveSince)
    AND (@status IS NULL OR status = @status)`;

const orderBy: Record<CaseloadSort, string> = {
  alias: 'alias, postcode, id',
  'last-activity': 'last_activity DESC, id',
  'least-recent-activity': 'last_activity, id',
};

interface EntryRow {
  body: string;
  last_activity: string;
  status: CaseloadStatus;
  list_count: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createCaseloadQuery(db: Database.Database): CaseloadRepository {
  const pages = Object.fromEntries(
    Object.entries(orderBy).map(([sort, order]) => [
      sort,
      db.prepare(`${base} ORDER BY ${order} LIMIT @limit OFFSET @offset`),
    ]),
  ) as Record<CaseloadSort, Database.Statement>;
  const count = db.prepare(`SELECT count(*) FROM (${base})`).pluck();
  return {
    async search(adviserId, filter, sort, page) {
      const text = filter.text?.trim().toLowerCase() || null;
      const params = {
        adviserId,
        text,
        like: text ? `%${escapeLike(text)}%` : null,
        prefix: text ? `${escapeLike(text)}%` : null,
        targetGroup: filter.targetGroup ?? null,
        activeSince: filter.activeSince ?? null,
        inactiveSince: filter.inactiveSince ?? null,
        status: filter.status ?? null,
      };
      const rows = pages[sort].all({ ...params, limit: page.first, offset: page.offset }) as EntryRow[];
      const items: CaseloadEntry[] = rows.map((r) => ({
        // Read one page at a time, so every body is checked against the shared schema as in `list`.
        profile: profileSchema.parse(JSON.parse(r.body)),
        lastActivityAt: r.last_activity,
        status: r.status,
        listCount: r.list_count,
      }));
      return { items, totalCount: count.get(params) as number };
    },
  };
}
