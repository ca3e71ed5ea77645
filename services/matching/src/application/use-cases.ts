import type { AppDeps } from './app-deps.ts';
import { createMatchingUseCases } from './matching.ts';
import { createProfileUseCases } from './profiles.ts';
import { createSectorOutlookUseCases } from './sector-outlooks.ts';
import { createFundingSchemeUseCases } from './funding-schemes.ts';
import { createCourseUseCases } from './courses.ts';
import { createImportUseCases } from './imports.ts';
import { createShortlistUseCases } from './shortlists.ts';
import { createVacancyUseCases } from './vacancies.ts';
import { createIndexStatus } from './index-status.ts';
import { createDataExport } from './personal-data.ts';
import { randomIds, systemClock, type Clock, type Ids } from './clock-and-ids.ts';
import { createAccountUseCases } from './accounts.ts';
import { createSavedSearchUseCases } from './saved-searches.ts';
import { createListAnswerUseCases } from './list-answers.ts';
import { createContactRequestUseCases } from './contact-requests.ts';
import { createCaseloadUseCases } from './caseload.ts';
import { createSignIn } from './sign-in.ts';
import { createScoringLogQueries, storeScoreRecorder } from './scoring-log.ts';
import { createSignInThrottle } from '../auth/sign-in-throttle.ts';
import { createMailLimit } from '../auth/mail-limit.ts';

export interface UseCaseOptions {
  observeMatch(kind: string, seconds: number): void;
  log?: (message: string) => void;
  clock?: Clock;
  ids?: Ids;
}

/** Wires every use case from the service's dependencies, once per app (they hold no request state). */
export function createUseCases(deps: AppDeps, options: UseCaseOptions) {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const { store, taxonomy, indexer } = deps;
  const profiles = createProfileUseCases({
    profiles: store.profiles,
    taxonomy,
    indexer,
    clock,
    ids,
  });
  const vacancies = createVacancyUseCases({ vacancies: store.vacancies, taxonomy, indexer, clock, ids });
  const courses = createCourseUseCases({ courses: store.courses, taxonomy, clock });
  const matching = createMatchingUseCases({
    enabled: deps.config.MATCHING_ENABLED,
    engine: deps.matching,
    search: deps.search,
    profiles: store.profiles,
    vacancies: store.vacancies,
    observe: options.observeMatch,
    candidateKey: () => store.secrets.get('candidate-id'),
    scores: storeScoreRecorder(store.secrets, deps.scoringLog, clock),
  });
  return {
    vacancies,
    courses,
    imports: createImportUseCases({
      vacancies,
      courses,
      taxonomy,
      reader: deps.reader,
      indexer,
    }),
    profiles,
    shortlists: createShortlistUseCases({
      shortlists: store.shortlists,
      vacancies: store.vacancies,
      courses: store.courses,
      profiles,
      answers: store.shortlistAnswers,
      profileStore: store.profiles,
      clock,
      ids,
    }),
    matching,
    caseload: createCaseloadUseCases({ caseload: store.caseload, clock }),
    contactRequests: createContactRequestUseCases({
      requests: store.contactRequests,
      vacancies: store.vacancies,
      profiles: store.profiles,
      users: store.users,
      matching,
      mailer: deps.mailer,
      publicUrl: deps.config.PUBLIC_URL,
      clock,
      ids,
      log: options.log,
    }),
    sectorOutlooks: createSectorOutlookUseCases({ sectorOutlooks: store.sectorOutlooks, taxonomy, indexer }),
    fundingSchemes: createFundingSchemeUseCases({
      fundingSchemes: store.fundingSchemes,
      funding: deps.funding,
      indexer,
    }),
    indexStatus: createIndexStatus({ store, search: deps.search, clock }),
    exportPersonalData: createDataExport({ store, clock }),
    accounts: createAccountUseCases({
      users: store.users,
      sessionStore: store.sessions,
      sessions: deps.sessions,
      tokens: store.accountTokens,
      profiles: store.profiles,
      mailer: deps.mailer,
      publicUrl: deps.config.PUBLIC_URL,
      clock,
      ids,
      log: options.log,
    }),
    listAnswers: createListAnswerUseCases({ shortlists: store.shortlists, answers: store.shortlistAnswers, clock }),
    savedSearches: createSavedSearchUseCases({
      savedSearches: store.savedSearches,
      tokenSecret: deps.config.TOKEN_SECRET,
      alertHourUtc: deps.config.ALERT_HOUR_UTC,
      clock,
      ids,
    }),
    scoringLog: createScoringLogQueries({ repo: store.scoringLog }),
    mailLimit: createMailLimit(store.signInFailures, {
      perEmail: deps.config.SIGN_IN_RATE_LIMIT_MAX,
      perAddress: deps.config.SIGN_IN_ADDRESS_MAX,
      now: () => clock.now().getTime(),
    }),
    signIn: createSignIn({
      sessions: deps.sessions,
      throttle: createSignInThrottle(store.signInFailures, {
        accountFailures: deps.config.SIGN_IN_RATE_LIMIT_MAX,
        addressFailures: deps.config.SIGN_IN_ADDRESS_MAX,
        now: () => clock.now().getTime(),
      }),
    }),
  };
}
export type UseCases = ReturnType<typeof createUseCases>;
