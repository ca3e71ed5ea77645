import type { z } from 'zod';
import type { Actor, AggregateType, Page, PageArgs } from '../ports.ts';
import { recordChange } from './changes.ts';
import { forUpdate } from './dialect.ts';
import { encodeCursor, whereClause } from './paging.ts';
import { jsonValue, placeholders, type SqlDatabase, type SqlExecutor, type SqlValue } from './sql.ts';

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
  columns: (doc: T) => Record<string, SqlValue>;
  /** The shared zod schema of the body: what is read back must still be a valid document. */
  schema: z.ZodType<T>;
}

/**
 * One aggregate table: a JSON body plus filter columns. Saves bump the version and write the outbox
 * and audit rows in the same transaction, so a failed save leaves neither behind.
 */
export function createDocumentTable<T extends Versioned>(db: SqlDatabase, spec: DocumentTableSpec<T>) {
  const { table } = spec;
  const allColumns = ['id', ...spec.columnNames, 'version', 'updated_at', 'body'];
  const upsertSql = `INSERT INTO ${table} (${allColumns.join(', ')}) VALUES ${placeholders(allColumns.length)}
     ON CONFLICT (id) DO UPDATE SET ${allColumns
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`;
  /**
   * Bodies are checked against the shared schema on every request-sized read (get, getMany, list), so
   * a body written by an older version or by hand fails here, loudly, and not deep in scoring.
   * The check costs about three times the JSON.parse (some 25 µs a vacancy), so `scan` skips it: it
   * feeds the bulk loads (index rebuild, matching catalog, and matchProfiles over every profile on
   * each request), where it would add some 120 ms per 5,000 documents.
   */
  const parse = (body: unknown): T => {
    const checked = spec.schema.safeParse(jsonValue(body));
    if (checked.success) return checked.data;
    // Paths and codes only: a message must not carry personal data into the logs.
    const problems = checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.code}`);
    throw new Error(`A stored ${spec.type} does not match its schema (${problems.join('; ')})`);
  };
  const parseTrusted = (body: unknown) => jsonValue(body) as T;
  const versionOf = async (tx: SqlExecutor, id: string) =>
    (await tx.get<{ version: number }>(`SELECT version FROM ${table} WHERE id = ?${forUpdate(tx)}`, [id]))?.version;

  async function saveInTransaction(tx: SqlExecutor, doc: T, actor: Actor, action: string): Promise<T> {
    const previous = await versionOf(tx, doc.id);
    const saved = { ...doc, version: (previous ?? 0) + 1, updatedAt: new Date().toISOString() };
    const values: Record<string, SqlValue> = {
      id: saved.id,
      ...spec.columns(saved),
      version: saved.version,
      updated_at: saved.updatedAt,
      body: JSON.stringify(saved),
    };
    await tx.run(
      upsertSql,
      allColumns.map((c) => values[c] ?? null),
    );
    await recordChange(
      tx,
      actor,
      previous === undefined ? `${action}.create` : `${action}.update`,
      { type: spec.type, id: saved.id, version: saved.version },
      'upsert',
    );
    return saved;
  }

  return {
    async get(id: string): Promise<T | null> {
      const row = await db.get<{ body: unknown }>(`SELECT body FROM ${table} WHERE id = ?`, [id]);
      return row === undefined ? null : parse(row.body);
    },
    async getMany(ids: readonly string[]): Promise<T[]> {
      if (ids.length === 0) return [];
      const found = new Map<string, T>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await db.all<{ body: unknown }>(
          `SELECT body FROM ${table} WHERE id IN ${placeholders(chunk.length)}`,
          chunk,
        );
        for (const row of rows) {
          const doc = parse(row.body);
          found.set(doc.id, doc);
        }
      }
      return ids.map((id) => found.get(id)).filter((d): d is T => d !== undefined);
    },
    async list(equals: Record<string, SqlValue | undefined>, page: PageArgs): Promise<Page<T>> {
      const w = whereClause(equals, page);
      const rows = await db.all<{ body: unknown }>(`SELECT body FROM ${table} ${w.where} ORDER BY id LIMIT ?`, [
        ...w.params,
        page.first + 1,
      ]);
      const items = rows.slice(0, page.first).map((r) => parse(r.body));
      const totalCount = await this.count(equals);
      const last = items[items.length - 1];
      return { items, totalCount, endCursor: rows.length > page.first && last ? encodeCursor(last.id) : null };
    },
    async count(equals: Record<string, SqlValue | undefined> = {}): Promise<number> {
      const w = whereClause(equals);
      const row = await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${w.countWhere}`, w.countParams);
      return row?.n ?? 0;
    },
    save(doc: T, actor: Actor, action: string = spec.type): Promise<T> {
      return db.transaction((tx) => saveInTransaction(tx, doc, actor, action));
    },
    /** The save inside the caller's transaction, for a repository that writes more rows with it. */
    saveInTransaction: (tx: SqlExecutor, doc: T, actor: Actor, action: string = spec.type) =>
      saveInTransaction(tx, doc, actor, action),
    /** Deletes the row and writes the outbox delete; call inside the caller's transaction. */
    async deleteInTransaction(tx: SqlExecutor, id: string, actor: Actor, action: string): Promise<boolean> {
      const version = await versionOf(tx, id);
      if (version === undefined) return false;
      await tx.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
      await recordChange(tx, actor, action, { type: spec.type, id, version: version + 1 }, 'delete');
      return true;
    },
    async *scan(batchSize = 1000): AsyncIterable<T[]> {
      let after = '';
      for (;;) {
        const rows = await db.all<{ id: string; body: unknown }>(
          `SELECT id, body FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`,
          [after, batchSize],
        );
        if (rows.length === 0) return;
        after = rows[rows.length - 1]!.id;
        yield rows.map((r) => parseTrusted(r.body));
      }
    },
  };
}
export type DocumentTable<T extends Versioned> = ReturnType<typeof createDocumentTable<T>>;
