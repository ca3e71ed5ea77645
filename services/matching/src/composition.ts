import type { Config } from './env.ts';
import type { AppDeps } from './context.ts';
import { createSqliteStore, type SqliteStore } from './store/sqlite/create-sqlite-store.ts';
import type { SeedResult } from './store/sqlite/seed-sqlite.ts';
import { createTaxonomyService } from './taxonomy/taxonomy-service.ts';
import { createFundingService } from './funding/funding-service.ts';
import { createSessions } from './auth/sessions.ts';
import { createSearchSetup } from './search/create-search-index.ts';
import { catalogSink, createRelay, searchSink, type Relay } from './indexer/relay.ts';
import { createCatalog } from './matching/model/catalog.ts';
import { createMatchingEngine } from './matching/engine.ts';
import { createTaxonomyLookup } from './matching/profile/taxonomy-lookup.ts';
import { createTaxonomyRetriever } from './search/taxonomy-retriever.ts';
import { rebuildIndex } from './indexer/rebuild.ts';
import { startRelayWorker } from './indexer/worker.ts';

export interface Runtime extends AppDeps {
  store: SqliteStore;
  /** For tooling (reindex, reconcile) that runs the relay by hand; requests only wake the worker. */
  relay: Relay;
  indexer: AppDeps['indexer'] & {
    /** Resolves when the background relay has nothing left to do (tests; no-op without a worker). */
    idle(): Promise<void>;
  };
  close(): Promise<void>;
}

/** Fills an empty store with demo data of the given size; leaves a seeded store alone. */
export type Seeder = (
  store: SqliteStore,
  size: { vacancies: number; courses: number; profiles: number },
) => Promise<SeedResult>;

export interface RuntimeOptions {
  /** Start the background relay (off in tests that drive the relay by hand). */
  startRelay?: boolean;
  today?: () => string;
  /**
   * Demo data for SEED_ON_START. Injected by the demo entry (demo-server.ts), the seed CLI and tests;
   * the production entry (server.ts) has none, so its bundle holds no generator and no demo password.
   */
  seeder?: Seeder;
}

/** The composition root: wires the store, taxonomy and (later) search and matching, once. */
export async function createRuntime(
  config: Config,
  log: (msg: string) => void = () => {},
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const store = createSqliteStore(config.databasePath);
  if (config.SEED_ON_START && !options.seeder) {
    log(
      'SEED_ON_START is set, but this is the production build without demo data: nothing seeded (npm start runs the demo build).',
    );
  }
  if (config.SEED_ON_START && options.seeder) {
    const started = Date.now();
    const result = await options.seeder(store, {
      vacancies: config.SEED_VACANCIES,
      courses: config.SEED_COURSES,
      profiles: config.SEED_PROFILES,
    });
    if (result.seeded) {
      log(
        `Seeded demo data: ${result.vacancies} vacancies, ${result.courses} courses, ${result.profiles} profiles, ${result.users} accounts in ${Date.now() - started} ms`,
      );
    }
  }
  if (config.production && (await store.users.countDemo()) > 0) {
    await store.close();
    throw new Error(
      'Werkbrug refuses to run in production with demo accounts in the database. Use a database without demo data (SEED_ON_START=false).',
    );
  }
  const taxonomy = await createTaxonomyService(store.sectorOutlooks);
  const funding = await createFundingService(store.fundingSchemes);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const search = createSearchSetup(config, taxonomy, today, log, () => funding.all());
  await search.index.prepare();
  // The embedded engine lives in memory: fill it from the store of record at every start.
  const started = Date.now();
  const built = await rebuildIndex(store, search.embedded);
  if (search.embeddedOnly) await store.outbox.markDoneUpTo(built.watermark, new Date().toISOString());
  log(
    `Search index (${search.index.engine}) ready: ${built.vacancies} vacancies, ${built.courses} courses in ${Date.now() - started} ms`,
  );
  // The matching engine scores every vacancy in reach, so it keeps its own compact read model,
  // filled from the store here and kept in sync by the same outbox relay as the search index.
  const catalog = createCatalog(taxonomy);
  for await (const batch of store.vacancies.scan(2000))
    catalog.upsertVacancies(batch.filter((v) => v.status === 'open'));
  for await (const batch of store.courses.scan(2000)) catalog.upsertCourses(batch.filter((c) => c.status === 'open'));
  const matching = createMatchingEngine({
    taxonomy,
    catalog,
    lookup: createTaxonomyLookup(taxonomy, createTaxonomyRetriever(taxonomy)),
    today,
    fundingSchemes: () => funding.all(),
  });
  const relay = createRelay(store, [searchSink(search.index), catalogSink(catalog)], {
    onError: (entry, err, outcome) => log(`outbox entry ${entry.id} failed (${outcome}): ${(err as Error).message}`),
  });
  const worker =
    options.startRelay === false
      ? null
      : startRelayWorker(relay, config.OUTBOX_POLL_MS, (err) => log(`relay: ${(err as Error).message}`));
  // Expired sessions are useless and still name a user: clear them every hour.
  const sweeper = setInterval(
    () => void store.sessions.deleteExpired(new Date().toISOString()).catch(() => undefined),
    3_600_000,
  );
  sweeper.unref();
  return {
    config,
    store,
    taxonomy,
    funding,
    search: search.index,
    relay,
    indexer: { wake: () => worker?.wake(), idle: async () => worker?.idle() },
    matching,
    sessions: createSessions(store.users, store.sessions, config.SESSION_TTL_HOURS),
    close: async () => {
      clearInterval(sweeper);
      await worker?.stop();
      await search.index.close();
      await store.close();
    },
  };
}
