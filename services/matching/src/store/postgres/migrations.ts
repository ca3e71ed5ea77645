import type pg from 'pg';
import { advisoryKey } from '../sql/dialect.ts';

/**
 * Versioned migrations for PostgreSQL, numbered and named as the SQLite ones (sqlite/migrations.ts):
 * version N brings both stores to the same logical schema, in each one's own types (jsonb bodies,
 * booleans, timestamptz, identity ids). Never edit a migration that has shipped: add a new one, to
 * both lists; migrations.test.ts checks that the two lists agree. Ids use the "C" collation, so keyset
 * pages order exactly as in SQLite, whatever the database's locale.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'aggregates, outbox and audit log',
    sql: `
      CREATE TABLE vacancies (
        id text COLLATE "C" PRIMARY KEY,
        status text NOT NULL,
        employer_id text NOT NULL,
        sector text NOT NULL,
        municipality text NOT NULL,
        occupation_uri text NOT NULL,
        posted_at date NOT NULL,
        valid_through date NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        body jsonb NOT NULL
      );
      CREATE INDEX vacancies_employer ON vacancies (employer_id, id);
      CREATE INDEX vacancies_status ON vacancies (status, id);
      CREATE INDEX vacancies_municipality ON vacancies (municipality, id);

      CREATE TABLE courses (
        id text COLLATE "C" PRIMARY KEY,
        status text NOT NULL,
        provider_id text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        body jsonb NOT NULL
      );
      CREATE INDEX courses_provider ON courses (provider_id, id);

      CREATE TABLE profiles (
        id text COLLATE "C" PRIMARY KEY,
        user_id text,
        adviser_id text,
        visible_to_employers boolean NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        body jsonb NOT NULL
      );
      CREATE INDEX profiles_adviser ON profiles (adviser_id, id);

      CREATE TABLE users (
        id text COLLATE "C" PRIMARY KEY,
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL,
        profile_id text,
        employer_id text,
        password_hash text NOT NULL,
        demo boolean NOT NULL
      );

      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      CREATE TABLE shortlists (
        id text COLLATE "C" PRIMARY KEY,
        owner_id text NOT NULL,
        profile_id text NOT NULL,
        shared boolean NOT NULL,
        name text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX shortlists_owner ON shortlists (owner_id);
      CREATE INDEX shortlists_profile ON shortlists (profile_id);

      CREATE TABLE shortlist_items (
        id text COLLATE "C" PRIMARY KEY,
        shortlist_id text NOT NULL REFERENCES shortlists (id) ON DELETE CASCADE,
        kind text NOT NULL,
        ref_id text NOT NULL,
        note text NOT NULL,
        status text NOT NULL,
        position integer NOT NULL,
        added_at timestamptz NOT NULL
      );
      CREATE INDEX shortlist_items_list ON shortlist_items (shortlist_id, position);

      CREATE TABLE sector_outlooks (
        key text PRIMARY KEY,
        outlook text NOT NULL,
        fact text NOT NULL,
        source text NOT NULL,
        updated_at timestamptz NOT NULL
      );

      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL,
        processed_at timestamptz
      );
      CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, id);

      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text,
        request_id text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text
      );
      CREATE INDEX audit_entity ON audit_log (entity_id);
      CREATE INDEX audit_actor ON audit_log (actor_id);

      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'funding schemes admins changed; demo courses of the old shape removed',
    sql: `
      -- Courses before schema v2 (no kind, no sign-up) were demo courses named after skills; they cannot be read
      -- as courses now. Reseed (or import) to get the catalogue.
      DELETE FROM courses WHERE body->'kind' IS NULL AND body->'demo' = 'true'::jsonb;
      CREATE TABLE funding_schemes (
        key text COLLATE "C" PRIMARY KEY,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        body jsonb NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'accounts by mail, saved searches and alerts, contact requests, list answers',
    sql: `
      -- Accounts made before (seed, by hand) count as confirmed; self-registration starts at false.
      ALTER TABLE users ADD COLUMN email_confirmed boolean NOT NULL DEFAULT true;

      CREATE TABLE account_tokens (
        token_hash text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('confirm-email', 'reset-password', 'invite')),
        user_id text REFERENCES users (id) ON DELETE CASCADE,
        email text NOT NULL,
        profile_id text,
        invited_by text,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX account_tokens_user ON account_tokens (user_id);
      CREATE INDEX account_tokens_profile ON account_tokens (profile_id);

      CREATE TABLE saved_searches (
        id text COLLATE "C" PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        profile_id text,
        kind text NOT NULL CHECK (kind IN ('search', 'matches')),
        name text NOT NULL,
        query text NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
        created_at timestamptz NOT NULL,
        last_run_at timestamptz,
        next_run_at timestamptz NOT NULL
      );
      CREATE INDEX saved_searches_user ON saved_searches (user_id);
      CREATE INDEX saved_searches_due ON saved_searches (next_run_at);

      CREATE TABLE alert_log (
        saved_search_id text NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
        vacancy_id text NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (saved_search_id, vacancy_id)
      );

      CREATE TABLE contact_requests (
        id text COLLATE "C" PRIMARY KEY,
        vacancy_id text NOT NULL,
        employer_id text NOT NULL,
        requested_by text NOT NULL,
        profile_id text NOT NULL,
        adviser_id text,
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
        created_at timestamptz NOT NULL,
        answered_at timestamptz,
        UNIQUE (vacancy_id, profile_id)
      );
      CREATE INDEX contact_requests_profile ON contact_requests (profile_id);
      CREATE INDEX contact_requests_adviser ON contact_requests (adviser_id);

      -- Items are rewritten on every list save, so answers hang on the list, not on the item row.
      CREATE TABLE shortlist_answers (
        item_id text COLLATE "C" PRIMARY KEY,
        shortlist_id text NOT NULL REFERENCES shortlists (id) ON DELETE CASCADE,
        answer text NOT NULL CHECK (answer IN ('interested', 'not-for-me', 'applied')),
        note text NOT NULL,
        answered_at timestamptz NOT NULL
      );
      CREATE INDEX shortlist_answers_list ON shortlist_answers (shortlist_id);
    `,
  },
  {
    version: 4,
    name: 'hardening: failed sign-ins, consent to share with the adviser as a column, scoring log',
    sql: `
      CREATE TABLE sign_in_failures (
        key text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);

      -- Generated from the body, so every writer (saves, the seed) keeps it right without knowing it.
      ALTER TABLE profiles ADD COLUMN share_with_adviser boolean
        GENERATED ALWAYS AS (coalesce((body #>> '{consent,shareWithAdviser}')::boolean, false)) STORED;
      CREATE INDEX profiles_adviser_shared ON profiles (adviser_id, share_with_adviser, id);

      -- AI Act art. 12: every automated score shown, never the profile's inputs.
      CREATE TABLE scoring_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        request_id text,
        kind text NOT NULL,
        profile_id text,
        profile_version text NOT NULL,
        model_version text NOT NULL,
        target_id text NOT NULL,
        rank integer NOT NULL,
        score double precision NOT NULL,
        components jsonb NOT NULL,
        viewer_role text NOT NULL
      );
      CREATE INDEX scoring_log_profile ON scoring_log (profile_id, target_id, at);
      CREATE INDEX scoring_log_at ON scoring_log (at);
    `,
  },
];

/** Serialises migrations when several instances start at once: the first migrates, the rest wait. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${advisoryKey('migrations')})`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    let count = 0;
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      count++;
    }
    return count;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${advisoryKey('migrations')})`).catch(() => undefined);
    client.release();
  }
}
