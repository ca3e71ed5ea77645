import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Actor, AggregateType, Page, PageArgs } from '../ports.ts';
import type { ChangeLog } from './changes.ts';
import { encodeCursor, whereClause } from './paging.ts';

interface Versioned {
  id: string;
  version: number;
  updatedAt: string;
}

export interface DocumentTableSpec<T> {
  table: string;
  type: AggregateType;
  /** The columns besides id/version/updated_at/body that queries filter on… */
  columnNames: readonly string[];
  /** …and how to take them from the document. */
  columns: (doc: T) => Record<string, string | number | null>;
  /** The shared zod schema of the body: what is read back must still be a valid document. */
  schema: z.ZodType<T>;
}

/**
 * One aggregate table: a JSON body plus filter columns. Saves bump the version and write the outbox
 * and audit rows in the same transaction, so a failed save leaves neither behind.
 */
export function createDocumentTable<T extends Versioned>(
  db: Database.Database,
  changes: ChangeLog,
  spec: DocumentTableSpec<T>,
) {
  const { table } = spec;
  const getOne = db.prepare(`SELECT body FROM ${table} WHERE id = ?`).pluck();
  const getVersion = db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck();
  const allColumns = ['id', ...spec.columnNames, 'version', 'updated_at', 'body'];
  const upsert = db.prepare(
    `INSERT INTO ${table} (${allColumns.join(', ')}) VALUES (${allColumns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${allColumns
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  /**
   * Bodies are checked against the shared schema on every request-sized read (get, getMany, list), so
   * a body written by an older version or by hand fails here, loudly, and not deep in scoring.
   * The check costs about three times the JSON.parse (some 25 µs a vacancy), so `scan` skips it: it
   * feeds the bulk loads (index rebuild, matching catalog, and matchProfiles over every profile on
   * each request), where it would add some 120 ms per 5,000 documents.
   */
  const parse = (body: unknown): T => {
    const checked = spec.schema.safeParse(JSON.parse(body as string));
    if (checked.success) return checked.data;
    // Paths and codes only: a message must not carry personal data into the logs.
    const problems = checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.code}`);
    throw new Error(`A stored ${spec.type} does not match its schema (${problems.join('; ')})`);
  };
  const parseTrusted = (body: string) => JSON.parse(body) as T;

  const saveSync = db.transaction((doc: T, actor: Actor, action: string): T => {
    const previous = getVersion.get(doc.id) as number | undefined;
    const saved = { ...doc, version: (previous ?? 0) + 1, updatedAt: new Date().toISOString() };
    upsert.run({
      id: saved.id,
      ...spec.columns(saved),
      version: saved.version,
      updated_at: saved.updatedAt,
      body: JSON.stringify(saved),
    });
    changes.record(
      actor,
      previous === undefined ? `${action}.create` : `${action}.update`,
      { type: spec.type, id: saved.id, version: saved.version },
      'upsert',
    );
    return saved;
  });

  return {
    get(id: string): T | null {
      const body = getOne.get(id);
      return body === undefined ? null : parse(body);
    },
    getMany(ids: readonly string[]): T[] {
      if (ids.length === 0) return [];
      const found = new Map<string, T>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = db
          .prepare(`SELECT body FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`)
          .pluck()
          .all(...chunk);
        for (const body of rows) {
          const doc = parse(body);
          found.set(doc.id, doc);
        }
      }
      return ids.map((id) => found.get(id)).filter((d): d is T => d !== undefined);
    },
    list(equals: Record<string, string | number | undefined>, page: PageArgs): Page<T> {
      const w = whereClause(equals, page);
      const bodies = db
        .prepare(`SELECT body FROM ${table} ${w.where} ORDER BY id LIMIT ?`)
        .pluck()
        .all(...w.params, page.first + 1);
      const items = bodies.slice(0, page.first).map(parse);
      const totalCount = db
        .prepare(`SELECT count(*) FROM ${table} ${w.countWhere}`)
        .pluck()
        .get(...w.countParams) as number;
      const last = items[items.length - 1];
      return { items, totalCount, endCursor: bodies.length > page.first && last ? encodeCursor(last.id) : null };
    },
    count(equals: Record<string, string | number | undefined> = {}): number {
      const w = whereClause(equals);
      return db
        .prepare(`SELECT count(*) FROM ${table} ${w.countWhere}`)
        .pluck()
        .get(...w.countParams) as number;
    },
    save: (doc: T, actor: Actor, action: string = spec.type): T => saveSync(doc, actor, action),
    /** Deletes the row and writes the outbox delete; call inside the caller's transaction. */
    deleteInTransaction(id: string, actor: Actor, action: string): boolean {
      const version = getVersion.get(id) as number | undefined;
      if (version === undefined) return false;
      remove.run(id);
      changes.record(actor, action, { type: spec.type, id, version: version + 1 }, 'delete');
      return true;
    },
    async *scan(batchSize = 1000): AsyncIterable<T[]> {
      let after = '';
      const stmt = db.prepare(`SELECT id, body FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`);
      for (;;) {
        const rows = stmt.all(after, batchSize) as { id: string; body: string }[];
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.id;
        yield rows.map((r) => parseTrusted(r.body));
      }
    },
  };
}
export type DocumentTable<T extends Versioned> = ReturnType<typeof createDocumentTable<T>>;
