import type { Config } from './env.ts';
import type { AppDeps } from './context.ts';
import { createSqliteStore, type SqliteStore } from './store/sqlite/create-sqlite-store.ts';
import { seedSqlite } from './store/sqlite/seed-sqlite.ts';
import { createTaxonomyService } from './taxonomy/taxonomy-service.ts';
import { createSessions } from './auth/sessions.ts';
import { generateDataset } from '../../../scripts/seed/generate.ts';

export interface Runtime extends AppDeps {
  store: SqliteStore;
  close(): Promise<void>;
}

/** The composition root: wires the store, taxonomy and (later) search and matching, once. */
export async function createRuntime(config: Config, log: (msg: string) => void = () => {}): Promise<Runtime> {
  const store = createSqliteStore(config.databasePath);
  if (config.SEED_ON_START) {
    const started = Date.now();
    const result = await seedSqlite(
      store.db,
      generateDataset({ vacancies: config.SEED_VACANCIES, courses: config.SEED_COURSES, profiles: config.SEED_PROFILES }),
    );
    if (result.seeded) {
      log(`Seeded demo data: ${result.vacancies} vacancies, ${result.courses} courses, ${result.profiles} profiles, ${result.users} accounts in ${Date.now() - started} ms`);
    }
  }
  const taxonomy = await createTaxonomyService(store.sectorOutlooks);
  return {
    config,
    store,
    taxonomy,
    sessions: createSessions(store.users, store.sessions, config.SESSION_TTL_HOURS),
    close: async () => {
      await store.close();
    },
  };
}
