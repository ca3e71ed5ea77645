import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../ports.ts';
import { migrate } from './migrations.ts';
import { createChangeLog } from './changes.ts';
import { createCourseRepository, createVacancyRepository } from './aggregate-repositories.ts';
import { createProfileRepository } from './profile-repository.ts';
import { createShortlistRepository } from './shortlist-repository.ts';
import { createSessionRepository, createUserRepository } from './account-repositories.ts';
import { createSectorOutlookRepository } from './sector-outlook-repository.ts';
import { createSignInFailureRepository } from './sign-in-failure-repository.ts';
import { createSecretRepository } from './secret-repository.ts';
import { createScoringLogRepository } from './scoring-log-repository.ts';
import { createAuditRepository, createChangeFeed, createOutboxRepository } from './outbox-repository.ts';

export interface SqliteStore extends Store {
  /** The raw connection, for the seed's bulk load and for tests; the rest of the service uses the ports. */
  db: Database.Database;
}

/**
 * A database written before secure_delete was on may hold old copies of rows in its free pages:
 * one VACUUM rewrites it without them, once (remembered in `meta`).
 */
function scrubFreePages(db: Database.Database): void {
  const marker = 'secure-delete-since';
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(marker)) return;
  db.exec('VACUUM');
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(marker, new Date().toISOString());
}

/**
 * Opens (and migrates) the SQLite store of record at `path`, or in memory for ':memory:'. With
 * `readonly` it only reads a store another connection keeps (matching workers): no migrations, and
 * any write fails loudly.
 */
export function createSqliteStore(path: string, options: { readonly?: boolean } = {}): SqliteStore {
  if (options.readonly) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return repositories(db);
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so an erased person leaves no bytes in free pages.
  db.pragma('secure_delete = ON');
  migrate(db);
  scrubFreePages(db);
  return repositories(db);
}

function repositories(db: Database.Database): SqliteStore {
  const changes = createChangeLog(db);
  return {
    db,
    vacancies: createVacancyRepository(db, changes),
    courses: createCourseRepository(db, changes),
    profiles: createProfileRepository(db, changes),
    shortlists: createShortlistRepository(db, changes),
    users: createUserRepository(db, changes),
    sessions: createSessionRepository(db),
    signInFailures: createSignInFailureRepository(db),
    secrets: createSecretRepository(db),
    scoringLog: createScoringLogRepository(db),
    sectorOutlooks: createSectorOutlookRepository(db, changes),
    outbox: createOutboxRepository(db),
    changes: createChangeFeed(db),
    audit: createAuditRepository(db),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
