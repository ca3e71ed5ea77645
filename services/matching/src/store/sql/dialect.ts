import type { SqlExecutor } from './sql.ts';

/**
 * The few places where SQLite and PostgreSQL need different SQL, in one module.
 */

/**
 * Locks the row being read until the transaction ends, so two instances saving the same record
 * cannot both read version N and both write N + 1. SQLite has one writer at a time and no FOR UPDATE.
 */
export const forUpdate = (tx: SqlExecutor): string => (tx.dialect === 'postgres' ? ' FOR UPDATE' : '');

/**
 * Call right before inserting an outbox row. On PostgreSQL, transactions commit in any order, so the
 * outbox id of one that commits later could be lower than an id a follower has already read past.
 * Taking this lock (held until commit) before drawing the id makes ids commit in order, which is what
 * the change feed promises; the lock is taken as late as possible, so writes wait for each other only
 * for the last statements of their transactions. SQLite has one writer at a time already.
 */
export async function orderChange(tx: SqlExecutor): Promise<void> {
  if (tx.dialect === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(${advisoryKey('changes')})`);
}

/**
 * The key of one of the store's advisory locks. Advisory locks belong to the whole database, so the
 * key includes the schema: two stores in two schemas of one database (tests do this) never share one.
 */
export const advisoryKey = (name: 'changes' | 'relay' | 'migrations'): string =>
  `hashtext(current_schema() || ':werkbrug-${name}')`;

/**
 * A text field inside a JSON body (`path` like ['consent', 'shareWithAdviser']), as text. SQLite keeps
 * bodies as JSON text (json_extract; true reads as 1), PostgreSQL as jsonb (#>>; true reads as 'true').
 */
export const jsonText = (tx: SqlExecutor, column: string, path: readonly string[]): string =>
  tx.dialect === 'postgres'
    ? `(${column} #>> '{${path.join(',')}}')`
    : `json_extract(${column}, '$.${path.join('.')}')`;

/** Whether a JSON boolean inside a body is true. */
export const jsonTrue = (tx: SqlExecutor, column: string, path: readonly string[]): string =>
  tx.dialect === 'postgres' ? `${jsonText(tx, column, path)} = 'true'` : `${jsonText(tx, column, path)} = 1`;

/** Whether a JSON array of strings inside a body holds the value bound to the one `?` it contains. */
export const jsonArrayHas = (tx: SqlExecutor, column: string, field: string): string =>
  tx.dialect === 'postgres'
    ? `(${column} -> '${field}') @> jsonb_build_array(?::text)`
    : `EXISTS (SELECT 1 FROM json_each(${column}, '$.${field}') WHERE value = ?)`;

/** The largest of a few non-null values (SQLite's scalar max() is PostgreSQL's GREATEST). */
export const greatest = (tx: SqlExecutor, values: readonly string[]): string =>
  `${tx.dialect === 'postgres' ? 'GREATEST' : 'max'}(${values.join(', ')})`;
