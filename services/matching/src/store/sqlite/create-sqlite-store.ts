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
import { createFundingSchemeRepository } from './funding-scheme-repository.ts';
import { createAuditRepository, createOutboxRepository } from './outbox-repository.ts';

export interface SqliteStore extends Store {
  /** The raw connection, for the seed's bulk load and for tests; the rest of the service uses the ports. */
  db: Database.Database;
}

/** Opens (and migrates) the SQLite store of record at `path`, or in memory for ':memory:'. */
export function createSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const changes = createChangeLog(db);
  return {
    db,
    vacancies: createVacancyRepository(db, changes),
    courses: createCourseRepository(db, changes),
    profiles: createProfileRepository(db, changes),
    shortlists: createShortlistRepository(db, changes),
    users: createUserRepository(db, changes),
    sessions: createSessionRepository(db),
    sectorOutlooks: createSectorOutlookRepository(db, changes),
    fundingSchemes: createFundingSchemeRepository(db, changes),
    outbox: createOutboxRepository(db),
    audit: createAuditRepository(db),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
