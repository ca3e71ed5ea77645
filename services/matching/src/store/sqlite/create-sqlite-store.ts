import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Leadership, Store } from '../ports.ts';
import { createSqlStore } from '../sql/create-sql-store.ts';
import type { SqlDatabase } from '../sql/sql.ts';
import { migrate } from './migrations.ts';
import { sqliteDatabase } from './sqlite-driver.ts';

export interface SqliteStore extends Store {
  /** The raw connection, for tests that need to reach under the ports. */
  db: Database.Database;
  /** The same connection as the repositories see it, for the seed's bulk load. */
  sql: SqlDatabase;
}

/**
 * A database written before secure_delete was on may hold old copies of rows in its free pages:
 * one VACUUM rewrites it without them, once (remembered in `meta`).
 */
function scrubFreePages(db: Database.Database): void {
  const marker = 'secure-delete-since';
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(marker)) return;
  db.exec('VACUUM');
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(marker, new Date().toISOString());
}

// One process owns a SQLite file, so it always leads.
const alwaysLeads: Leadership = { acquire: async () => true, release: async () => undefined };
// A read-only connection (a matching worker) never relays.
const neverLeads: Leadership = { acquire: async () => false, release: async () => undefined };

/**
 * Opens (and migrates) the SQLite store of record at `path`, or in memory for ':memory:'. With
 * `readonly` it only reads a store another connection keeps (matching workers): no migrations, and
 * any write fails loudly.
 */
export function createSqliteStore(path: string, options: { readonly?: boolean } = {}): SqliteStore {
  if (options.readonly) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const sql = sqliteDatabase(db);
    return { ...createSqlStore(sql, neverLeads), db, sql };
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so an erased person leaves no bytes in free pages.
  db.pragma('secure_delete = ON');
  migrate(db);
  scrubFreePages(db);
  const sql = sqliteDatabase(db);
  return { ...createSqlStore(sql, alwaysLeads), db, sql };
}
