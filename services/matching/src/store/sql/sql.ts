/**
 * The one SQL surface every repository is written against, so each repository has one code path for
 * SQLite and PostgreSQL. Statements use `?` placeholders and the SQL both dialects share (ON CONFLICT,
 * RETURNING, LIMIT); where they differ, the repository asks `dialect` (see dialect.ts). No ORM and no
 * query builder: the statements are few and simple, and plain SQL keeps them readable and greppable.
 */
export type SqlValue = string | number | null;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Inside,
   * use only `tx` (on SQLite other statements wait until the transaction ends).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * After personal data was deleted (an erasure, its relayed outbox row): make sure no copy of the
   * deleted rows stays readable in the database's own files. On SQLite, with secure_delete on, a WAL
   * checkpoint moves the zeroed pages into the database file and empties the write-ahead log; on
   * PostgreSQL dead tuples stay until (auto)vacuum reuses their space, which this does not force.
   */
  forgetDeleted(): Promise<void>;
  close(): Promise<void>;
}

/** SQLite returns 0/1 for flags, PostgreSQL booleans. */
export const flag = (value: unknown): boolean => value === true || value === 1;

/** Flags are bound as 0/1 on both sides (PostgreSQL reads '1' and '0' as boolean input). */
export const flagParam = (value: boolean): number => (value ? 1 : 0);

/** SQLite keeps bodies as text, PostgreSQL as jsonb (which the driver has already parsed). */
export const jsonValue = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** `(?, ?, ?)` for an IN list of `n` values. */
export const placeholders = (n: number): string => `(${Array.from({ length: n }, () => '?').join(', ')})`;
