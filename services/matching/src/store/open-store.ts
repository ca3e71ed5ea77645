import type { DatabaseConfig } from '../env.ts';
import type { Store } from './ports.ts';
import { createPostgresStore } from './postgres/create-postgres-store.ts';
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
