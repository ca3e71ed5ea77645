import type { Store } from '../ports.ts';
import { createSqlStore } from '../sql/create-sql-store.ts';
import { advisoryLeadership } from './leadership.ts';
import { migrate } from './migrations.ts';
import { postgresDatabase, type PostgresDatabase, type PostgresOptions } from './postgres-driver.ts';

export interface PostgresStore extends Store {
  /** The pool as the repositories see it, for the seed's bulk load and for tests. */
  sql: PostgresDatabase;
}

/** Connects to (and migrates) the PostgreSQL store of record at `url`. Several instances may share it. */
export async function createPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const sql = postgresDatabase(url, options);
  try {
    await migrate(sql.pool);
  } catch (err) {
    await sql.close();
    throw err;
  }
  return { ...createSqlStore(sql, advisoryLeadership(url, `${options.applicationName ?? 'werkbrug'}:relay`)), sql };
}

/**
 * A reader of a store that an instance keeps (its matching workers): read-only transactions, no
 * migrations (the instance ran them before starting its workers), and never the relay's leader.
 */
export function createPostgresReader(url: string, options: PostgresOptions = {}): PostgresStore {
  const sql = postgresDatabase(url, { ...options, readOnly: true });
  const neverLeads = { acquire: async () => false, release: async () => undefined };
  return { ...createSqlStore(sql, neverLeads), sql };
}
