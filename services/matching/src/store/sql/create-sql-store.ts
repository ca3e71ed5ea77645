import type { Leadership, Store } from '../ports.ts';
import { createCourseRepository, createVacancyRepository } from './aggregate-repositories.ts';
import { createSessionRepository, createUserRepository } from './account-repositories.ts';
import { createAuditRepository, createChangeFeed, createOutboxRepository } from './outbox-repository.ts';
import { createProfileRepository } from './profile-repository.ts';
import { createSectorOutlookRepository } from './sector-outlook-repository.ts';
import { createFundingSchemeRepository } from './funding-scheme-repository.ts';
import { createShortlistRepository } from './shortlist-repository.ts';
import type { SqlDatabase } from './sql.ts';

/** Every repository over one SQL database, whichever dialect it speaks. */
export function createSqlStore(db: SqlDatabase, leadership: Leadership): Store {
  return {
    kind: db.dialect,
    vacancies: createVacancyRepository(db),
    courses: createCourseRepository(db),
    profiles: createProfileRepository(db),
    shortlists: createShortlistRepository(db),
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    sectorOutlooks: createSectorOutlookRepository(db),
    fundingSchemes: createFundingSchemeRepository(db),
    outbox: createOutboxRepository(db),
    changes: createChangeFeed(db),
    leadership,
    audit: createAuditRepository(db),
    ping: async () => {
      await db.get('SELECT 1');
    },
    close: async () => {
      await leadership.release();
      await db.close();
    },
  };
}
