import type { Config } from './env.ts';
import type { AppDeps } from './context.ts';
import { openStore, type OpenStore } from './store/open-store.ts';
import type { SeedResult } from './store/sql/seed-store.ts';
import { createTaxonomyService } from './taxonomy/taxonomy-service.ts';
import { createFundingService } from './funding/funding-service.ts';
import { createSessions } from './auth/sessions.ts';
import { createSearchSetup } from './search/create-search-index.ts';
import { catalogSink, createRelay, searchSink, type Relay } from './indexer/relay.ts';
import { createFollower } from './indexer/follower.ts';
import { createSyncJob } from './indexer/sync.ts';
import { createCatalog } from './matching/model/catalog.ts';
import { createMatchingEngine } from './matching/engine.ts';
import { createTaxonomyLookup } from './matching/profile/taxonomy-lookup.ts';
import { rebuildIndex } from './indexer/rebuild.ts';
import { startRelayWorker } from './indexer/worker.ts';

export interface Runtime extends AppDeps {
  store: OpenStore;
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
  store: OpenStore,
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
  const store = await openStore(config.database, {
    poolSize: config.DATABASE_POOL_SIZE,
    instanceName: config.instanceName,
  });
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
  // The in-memory copies (embedded index, matching catalog) are filled from the store at every start
  // and then follow the change feed from the position read before the load: every change up to it is
  // in the load, every later one is applied after it (twice at worst, which is harmless).
  const started = Date.now();
  const built = await rebuildIndex(store, search.embedded);
  if (search.embeddedOnly) await store.outbox.markDoneUpTo(built.watermark, new Date().toISOString());
  log(
    `Search index (${search.index.engine}) ready: ${built.vacancies} vacancies, ${built.courses} courses in ${Date.now() - started} ms`,
  );
  // The matching engine scores every vacancy in reach, so it keeps its own compact read model.
  const catalog = createCatalog(taxonomy);
  for await (const batch of store.vacancies.scan(2000))
    catalog.upsertVacancies(batch.filter((v) => v.status === 'open'));
  for await (const batch of store.courses.scan(2000)) catalog.upsertCourses(batch.filter((c) => c.status === 'open'));
  const reader = createTaxonomyLookup(taxonomy);
  const matching = createMatchingEngine({
    taxonomy,
    catalog,
    lookup: reader,
    today,
    fundingSchemes: () => funding.all(),
  });
  const follower = createFollower(store, [searchSink(search.embedded), catalogSink(catalog)], built.watermark, {
    onError: (change, err) => log(`change ${change.seq} could not be applied here: ${(err as Error).message}`),
    beforeApply: async (changes) => {
      if (changes.some((c) => c.aggregateType === 'sector')) await taxonomy.refresh();
      if (changes.some((c) => c.aggregateType === 'funding')) await funding.refresh();
    },
  });
  // Only the leader relays to the shared index (Meilisearch); without one it only marks entries done.
  const relay = createRelay(store, search.shared ? [searchSink(search.shared)] : [], {
    onError: (entry, err, outcome) => log(`outbox entry ${entry.id} failed (${outcome}): ${(err as Error).message}`),
  });
  const job = createSyncJob(follower, relay, store.leadership);
  const worker =
    options.startRelay === false
      ? null
      : startRelayWorker(job, config.OUTBOX_POLL_MS, (err) => log(`relay: ${(err as Error).message}`));
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
    reader,
    sessions: createSessions(store.users, store.sessions, config.SESSION_TTL_HOURS),
    close: async () => {
      clearInterval(sweeper);
      await worker?.stop();
      await search.index.close();
      await store.close();
    },
  };
}
