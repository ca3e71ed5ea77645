import pg from 'pg';
import type { SqlDatabase, SqlExecutor, SqlValue } from '../sql/sql.ts';

/**
 * node-postgres behind the async SQL surface. Repositories write `?` placeholders; they become $1, $2
 * here (no statement uses `?` otherwise). Counts and ids (int8) come back as numbers, timestamps as ISO
 * strings and dates as 'YYYY-MM-DD', exactly as the SQLite side stores them, so mapping code is shared.
 */
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.TIMESTAMPTZ) return (v: string) => new Date(v).toISOString();
    if (oid === pg.types.builtins.DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

const numbered = new Map<string, string>();
function toPostgres(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, text);
  }
  return text;
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const query = (sql: string, params: readonly SqlValue[] = []) =>
    client.query({ text: toPostgres(sql), values: params as SqlValue[] });
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
  };
}

export interface PostgresOptions {
  /** Connections per instance; PostgreSQL's own limit is shared by every instance. */
  maxConnections?: number;
  applicationName?: string;
  /** Every transaction read-only (matching workers): a write fails loudly instead of happening. */
  readOnly?: boolean;
}

export interface PostgresDatabase extends SqlDatabase {
  pool: pg.Pool;
}

export function postgresDatabase(connectionString: string, options: PostgresOptions = {}): PostgresDatabase {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'werkbrug',
    types,
    // A dead peer must not hold a connection (and its locks) for the kernel's default two hours.
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that the server drops (restart, failover) must not crash the process.
  pool.on('error', () => undefined);
  // Queued on the new connection before anything the pool hands it out for.
  if (options.readOnly) pool.on('connect', (client) => void client.query('SET default_transaction_read_only = on'));
  const shared = executor(pool);
  return {
    ...shared,
    pool,
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A connection whose rollback failed is broken: it leaves the pool instead of going back.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollback: Error) => {
          broken = rollback;
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    // Dead tuples are reclaimed by autovacuum; see SqlDatabase.forgetDeleted and docs/ai-act.md.
    forgetDeleted: async () => {},
    close: () => pool.end(),
  };
}
