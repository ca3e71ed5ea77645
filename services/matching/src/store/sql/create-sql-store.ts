import type { Leadership, Store } from '../ports.ts';
import { createCourseRepository, createVacancyRepository } from './aggregate-repositories.ts';
import { createSessionRepository, createUserRepository } from './account-repositories.ts';
import { createAuditRepository, createChangeFeed, createOutboxRepository } from './outbox-repository.ts';
import { createProfileRepository } from './profile-repository.ts';
import { createScoringLogRepository } from './scoring-log-repository.ts';
import { createSecretRepository } from './secret-repository.ts';
import { createSectorOutlookRepository } from './sector-outlook-repository.ts';
import { createFundingSchemeRepository } from './funding-scheme-repository.ts';
import { createShortlistRepository } from './shortlist-repository.ts';
import { createSignInFailureRepository } from './sign-in-failure-repository.ts';
import type { SqlDatabase } from './sql.ts';
import { createAccountTokenRepository } from './account-token-repository.ts';
import { createAlertLogRepository, createSavedSearchRepository } from './saved-search-repository.ts';
import { createContactRequestRepository } from './contact-request-repository.ts';
import { createShortlistAnswerRepository } from './shortlist-answer-repository.ts';
import { createCaseloadQuery } from './caseload-query.ts';

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
    signInFailures: createSignInFailureRepository(db),
    secrets: createSecretRepository(db),
    scoringLog: createScoringLogRepository(db),
    sectorOutlooks: createSectorOutlookRepository(db),
    fundingSchemes: createFundingSchemeRepository(db),
    outbox: createOutboxRepository(db),
    changes: createChangeFeed(db),
    leadership,
    audit: createAuditRepository(db),
    accountTokens: createAccountTokenRepository(db),
    savedSearches: createSavedSearchRepository(db),
    alertLog: createAlertLogRepository(db),
    contactRequests: createContactRequestRepository(db),
    shortlistAnswers: createShortlistAnswerRepository(db),
    caseload: createCaseloadQuery(db),
    ping: async () => {
      await db.get('SELECT 1');
    },
    close: async () => {
      await leadership.release();
      await db.close();
    },
  };
}
