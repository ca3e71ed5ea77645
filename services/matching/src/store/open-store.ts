import type { DatabaseConfig } from '../env.ts';
import type { Store } from './ports.ts';
import { createPostgresReader, createPostgresStore } from './postgres/create-postgres-store.ts';
import type { SqlDatabase } from './sql/sql.ts';
import { createSqliteStore } from './sqlite/create-sqlite-store.ts';

/** A store with its SQL connection, which only the seed's bulk load and tests reach for. */
export interface OpenStore extends Store {
  sql: SqlDatabase;
}

/** SQLite at a path by default; PostgreSQL when DATABASE_URL is set. Both are migrated on open. */
export async function openStore(
  database: DatabaseConfig,
  options: { poolSize?: number; instanceName?: string } = {},
): Promise<OpenStore> {
  if (database.kind === 'sqlite') return createSqliteStore(database.path);
  return createPostgresStore(database.url, {
    maxConnections: options.poolSize,
    applicationName: options.instanceName ? `werkbrug:${options.instanceName}` : 'werkbrug',
  });
}

/**
 * The same store, only read: for the matching workers of an instance, which each follow the change
 * feed on a connection of their own. SQLite opens the file read-only (the path must exist, so not
 * ':memory:'); PostgreSQL gets a small pool of read-only connections.
 */
export function openReaderStore(
  database: DatabaseConfig,
  options: { poolSize?: number; applicationName?: string } = {},
): OpenStore {
  if (database.kind === 'sqlite') return createSqliteStore(database.path, { readonly: true });
  return createPostgresReader(database.url, {
    maxConnections: options.poolSize ?? 2,
    applicationName: options.applicationName ?? 'werkbrug:match-worker',
  });
}
