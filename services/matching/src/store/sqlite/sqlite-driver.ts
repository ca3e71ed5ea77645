import type Database from 'better-sqlite3';
import type { SqlDatabase, SqlExecutor, SqlValue } from '../sql/sql.ts';

/**
 * better-sqlite3 behind the async SQL surface. Statements run synchronously and are prepared once.
 * A transaction holds the one connection across awaits, so every other statement waits for it to end
 * (otherwise a read could see rows that are about to be rolled back) and transactions queue up.
 */
export function sqliteDatabase(db: Database.Database): SqlDatabase {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const direct: SqlExecutor = {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };

  // The transaction in progress (null when none) and the queue of those waiting for it.
  let current: Promise<unknown> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const outsideTransactions = async () => {
    while (current) await current.catch(() => undefined);
  };

  return {
    dialect: 'sqlite',
    all: async (sql, params) => {
      if (current) await outsideTransactions();
      return direct.all(sql, params);
    },
    get: async (sql, params) => {
      if (current) await outsideTransactions();
      return direct.get(sql, params);
    },
    run: async (sql, params) => {
      if (current) await outsideTransactions();
      return direct.run(sql, params);
    },
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        await outsideTransactions();
        const body = (async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const result = await fn(direct);
            db.exec('COMMIT');
            return result;
          } catch (err) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw err;
          }
        })();
        current = body;
        try {
          return await body;
        } finally {
          current = null;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    forgetDeleted: async () => {
      // Between transactions, so the checkpoint sees the erase committed.
      await outsideTransactions();
      if (db.open && !db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: async () => {
      await queue;
      if (db.open) db.close();
    },
  };
}
