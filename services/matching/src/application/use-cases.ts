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

export interface UseCaseOptions {
  observeMatch(kind: string, seconds: number): void;
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
    users: store.users,
    taxonomy,
    indexer,
    clock,
    ids,
  });
  const vacancies = createVacancyUseCases({ vacancies: store.vacancies, taxonomy, indexer, clock, ids });
  const courses = createCourseUseCases({ courses: store.courses, taxonomy, clock });
  return {
    vacancies,
    courses,
    imports: createImportUseCases({
      vacancies,
      courses,
      taxonomy,
      readText: (kind, text) => deps.matching.readText(kind, text),
      indexer,
    }),
    profiles,
    shortlists: createShortlistUseCases({
      shortlists: store.shortlists,
      vacancies: store.vacancies,
      courses: store.courses,
      profiles,
      clock,
      ids,
    }),
    matching: createMatchingUseCases({
      enabled: deps.config.MATCHING_ENABLED,
      engine: deps.matching,
      search: deps.search,
      profiles: store.profiles,
      vacancies: store.vacancies,
      observe: options.observeMatch,
    }),
    sectorOutlooks: createSectorOutlookUseCases({ sectorOutlooks: store.sectorOutlooks, taxonomy, indexer }),
    fundingSchemes: createFundingSchemeUseCases({
      fundingSchemes: store.fundingSchemes,
      funding: deps.funding,
      indexer,
    }),
    indexStatus: createIndexStatus({ store, search: deps.search, clock }),
    exportPersonalData: createDataExport({ store, clock }),
  };
}
export type UseCases = ReturnType<typeof createUseCases>;
