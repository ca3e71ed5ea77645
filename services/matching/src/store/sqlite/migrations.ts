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
  {
    version: 3,
    name: 'accounts by mail, saved searches and alerts, contact requests, list answers',
    sql: `
      -- Accounts made before (seed, by hand) count as confirmed; self-registration starts at 0.
      ALTER TABLE users ADD COLUMN email_confirmed INTEGER NOT NULL DEFAULT 1;

      CREATE TABLE account_tokens (
        token_hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('confirm-email', 'reset-password', 'invite')),
        user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        profile_id TEXT,
        invited_by TEXT,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX account_tokens_user ON account_tokens (user_id);
      CREATE INDEX account_tokens_profile ON account_tokens (profile_id);

      CREATE TABLE saved_searches (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        profile_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('search', 'matches')),
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
        created_at TEXT NOT NULL,
        last_run_at TEXT,
        next_run_at TEXT NOT NULL
      );
      CREATE INDEX saved_searches_user ON saved_searches (user_id);
      CREATE INDEX saved_searches_due ON saved_searches (next_run_at);

      CREATE TABLE alert_log (
        saved_search_id TEXT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
        vacancy_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (saved_search_id, vacancy_id)
      );

      CREATE TABLE contact_requests (
        id TEXT PRIMARY KEY,
        vacancy_id TEXT NOT NULL,
        employer_id TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        adviser_id TEXT,
        message TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
        created_at TEXT NOT NULL,
        answered_at TEXT,
        UNIQUE (vacancy_id, profile_id)
      );
      CREATE INDEX contact_requests_profile ON contact_requests (profile_id);
      CREATE INDEX contact_requests_adviser ON contact_requests (adviser_id);

      -- Items are rewritten on every list save, so answers hang on the list, not on the item row.
      CREATE TABLE shortlist_answers (
        item_id TEXT PRIMARY KEY,
        shortlist_id TEXT NOT NULL REFERENCES shortlists (id) ON DELETE CASCADE,
        answer TEXT NOT NULL CHECK (answer IN ('interested', 'not-for-me', 'applied')),
        note TEXT NOT NULL,
        answered_at TEXT NOT NULL
      );
      CREATE INDEX shortlist_answers_list ON shortlist_answers (shortlist_id);
    `,
  },
  {
    version: 4,
    name: 'hardening: failed sign-ins, consent to share with the adviser as a column, scoring log',
    sql: `
      CREATE TABLE sign_in_failures (
        key TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);

      -- Generated from the body, so every writer (saves, the seed) keeps it right without knowing it.
      ALTER TABLE profiles ADD COLUMN share_with_adviser INTEGER
        GENERATED ALWAYS AS (coalesce(json_extract(body, '$.consent.shareWithAdviser'), 0)) VIRTUAL;
      CREATE INDEX profiles_adviser_shared ON profiles (adviser_id, share_with_adviser, id);

      -- AI Act art. 12: every automated score shown, never the profile's inputs.
      CREATE TABLE scoring_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        request_id TEXT,
        kind TEXT NOT NULL,
        profile_id TEXT,
        profile_version TEXT NOT NULL,
        model_version TEXT NOT NULL,
        target_id TEXT NOT NULL,
        rank INTEGER NOT NULL,
        score REAL NOT NULL,
        components TEXT NOT NULL,
        viewer_role TEXT NOT NULL
      );
      CREATE INDEX scoring_log_profile ON scoring_log (profile_id, target_id, at);
      CREATE INDEX scoring_log_at ON scoring_log (at);
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
