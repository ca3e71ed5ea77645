import type Database from 'better-sqlite3';

/**
 * Versioned migrations, applied in order inside one transaction each. Never edit a migration that has
 * shipped: add a new one. Aggregates are stored as a JSON body (validated by the shared zod schemas
 * before they get here) beside the columns that queries filter and sort on.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'aggregates, outbox and audit log',
    sql: `
      CREATE TABLE vacancies (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        employer_id TEXT NOT NULL,
        sector TEXT NOT NULL,
        municipality TEXT NOT NULL,
        occupation_uri TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        valid_through TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX vacancies_employer ON vacancies (employer_id, id);
      CREATE INDEX vacancies_status ON vacancies (status, id);
      CREATE INDEX vacancies_municipality ON vacancies (municipality, id);

      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX courses_provider ON courses (provider_id, id);

      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        user_id TEXT,
        adviser_id TEXT,
        visible_to_employers INTEGER NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX profiles_adviser ON profiles (adviser_id, id);

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        profile_id TEXT,
        employer_id TEXT,
        password_hash TEXT NOT NULL,
        demo INTEGER NOT NULL
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      CREATE TABLE shortlists (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        shared INTEGER NOT NULL,
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX shortlists_owner ON shortlists (owner_id);
      CREATE INDEX shortlists_profile ON shortlists (profile_id);

      CREATE TABLE shortlist_items (
        id TEXT PRIMARY KEY,
        shortlist_id TEXT NOT NULL REFERENCES shortlists (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        note TEXT NOT NULL,
        status TEXT NOT NULL,
        position INTEGER NOT NULL,
        added_at TEXT NOT NULL
      );
      CREATE INDEX shortlist_items_list ON shortlist_items (shortlist_id, position);

      CREATE TABLE sector_outlooks (
        key TEXT PRIMARY KEY,
        outlook TEXT NOT NULL,
        fact TEXT NOT NULL,
        source TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        aggregate_type TEXT NOT NULL,
        aggregate_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT NOT NULL,
        processed_at TEXT
      );
      CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_id TEXT,
        request_id TEXT,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT
      );
      CREATE INDEX audit_entity ON audit_log (entity_id);
      CREATE INDEX audit_actor ON audit_log (actor_id);

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'funding schemes admins changed; demo courses of the old shape removed',
    sql: `
      -- Courses before schema v2 (no kind, no sign-up) were demo courses named after skills; they cannot be read
      -- as courses now. Reseed (or import) to get the catalogue.
      DELETE FROM courses WHERE json_extract(body, '$.kind') IS NULL AND json_extract(body, '$.demo') = 1;
      CREATE TABLE funding_schemes (
        key TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL
      );
    `,
  },
];

export function migrate(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  let count = 0;
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    count++;
  }
  return count;
}
