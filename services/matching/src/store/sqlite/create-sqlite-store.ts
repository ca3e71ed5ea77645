import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../ports.ts';
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

/** Opens (and migrates) the SQLite store of record at `path`, or in memory for ':memory:'. */
export function createSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const sql = sqliteDatabase(db);
  // One process owns a SQLite file, so it always leads.
  const store = createSqlStore(sql, { acquire: async () => true, release: async () => undefined });
  return { ...store, db, sql };
}
