import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateDataset } from '@werkbrug/seed';
import type { OpenStore } from '../open-store.ts';
import { createPostgresStore } from '../postgres/create-postgres-store.ts';
import { createSqliteStore } from '../sqlite/create-sqlite-store.ts';
import { createSqlStore } from '../sql/create-sql-store.ts';

/**
 * What the repository contract suite runs against: a fresh, empty, migrated store per case, and the
 * two things a case cannot do through the ports (make a write fail inside its transaction, and read
 * raw tables to prove that nothing of an erased person is left).
 */
export interface StoreHarness {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenStore>;
  /** Another store on the same database: a second instance (PostgreSQL) or a second connection. */
  openAnother(store: OpenStore): Promise<OpenStore>;
  /** Makes the outbox refuse an insert for this aggregate id, inside whatever transaction inserts it. */
  refuseOutboxFor(store: OpenStore, aggregateId: string): Promise<void>;
  /** Every row of a table, as the database holds it. */
  rows(store: OpenStore, table: string): Promise<unknown[]>;
  /** Closes whatever the cases opened. */
  cleanup(): Promise<void>;
}

export const smallDataset = () => generateDataset({ vacancies: 40, courses: 10, profiles: 12 });
export const actor = { userId: 'usr_test-actor', requestId: 'req-1' };

export function sqliteHarness(): StoreHarness {
  const dirs: string[] = [];
  const stores: OpenStore[] = [];
  const opened = (store: OpenStore) => {
    stores.push(store);
    return store;
  };
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'werkbrug-contract-'));
      dirs.push(dir);
      return opened(createSqliteStore(join(dir, 'werkbrug.sqlite')));
    },
    // One process owns a SQLite file: a second "instance" is a second store over the same connection
    // (two connections in one process would wait for each other's write lock with the event loop blocked).
    async openAnother(store) {
      return { ...createSqlStore(store.sql, store.leadership), sql: store.sql };
    },
    async refuseOutboxFor(store, id) {
      await store.sql.run(`CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.aggregate_id = '${id}'
        BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END`);
    },
    rows: (store, table) => store.sql.all(`SELECT * FROM ${table}`),
    async cleanup() {
      for (const s of stores.splice(0)) await s.close();
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** A URL of the same database with every connection's search_path set to one schema. */
function inSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Each case gets its own schema in the test database, dropped afterwards. */
export function postgresHarness(url: string): StoreHarness {
  const stores: OpenStore[] = [];
  const schemas: string[] = [];
  const urls = new WeakMap<OpenStore, string>();
  const admin = () => new pg.Client({ connectionString: url });
  const opened = (store: OpenStore, at: string) => {
    stores.push(store);
    urls.set(store, at);
    return store;
  };
  return {
    name: 'postgres',
    async open() {
      const schema = `contract_${randomBytes(6).toString('hex')}`;
      const client = admin();
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      schemas.push(schema);
      const at = inSchema(url, schema);
      return opened(await createPostgresStore(at, { maxConnections: 4 }), at);
    },
    async openAnother(store) {
      const at = urls.get(store)!;
      return opened(await createPostgresStore(at, { maxConnections: 4 }), at);
    },
    async refuseOutboxFor(store, id) {
      await store.sql.run(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.aggregate_id = '${id}' THEN RAISE EXCEPTION 'outbox unavailable'; END IF; RETURN NEW; END $$`);
      await store.sql.run('CREATE TRIGGER refuse BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse()');
    },
    rows: (store, table) => store.sql.all(`SELECT * FROM ${table}`),
    async cleanup() {
      for (const s of stores.splice(0)) await s.close();
      if (schemas.length === 0) return;
      const client = admin();
      await client.connect();
      for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Whether a PostgreSQL server answers at `url` within two seconds; the reason when it does not. */
export async function postgresReachable(url: string | undefined): Promise<string | null> {
  if (!url) return 'TEST_DATABASE_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `no PostgreSQL server answers at TEST_DATABASE_URL (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
