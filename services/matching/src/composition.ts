import type { Config } from './env.ts';
import type { AppDeps } from './context.ts';
import { openStore, type OpenStore } from './store/open-store.ts';
import type { SeedResult } from './store/sql/seed-store.ts';
import { createTaxonomyService } from './taxonomy/taxonomy-service.ts';
import { createFundingService } from './funding/funding-service.ts';
import { createSessions } from './auth/sessions.ts';
import { createSearchSetup } from './search/create-search-index.ts';
import { createRelay, searchSink, type Relay } from './indexer/relay.ts';
import { createFollower } from './indexer/follower.ts';
import { refreshReferenceData } from './indexer/reference-data.ts';
import { createSyncJob } from './indexer/sync.ts';
import { createMatcherSetup } from './workers/matcher-setup.ts';
import { createTaxonomyLookup } from './matching/profile/taxonomy-lookup.ts';
import { rebuildIndex } from './indexer/rebuild.ts';
import { startRelayWorker } from './indexer/worker.ts';
import { createMailSetup } from './mail/create-mailer.ts';
import type { DevMailbox } from './mail/dev-mailbox.ts';
import { createAlertJob, type AlertJob } from './application/alerts.ts';
import { createScoringLogWriter, purgeScoringLog, storeScoreRecorder } from './application/scoring-log.ts';
import { systemClock } from './application/clock-and-ids.ts';

export interface Runtime extends AppDeps {
  store: OpenStore;
  /** For tooling (reindex, reconcile) that runs the relay by hand; requests only wake the worker. */
  relay: Relay;
  indexer: AppDeps['indexer'] & {
    /** Resolves when the background relay has nothing left to do (tests; no-op without a worker). */
    idle(): Promise<void>;
  };
  /** The in-process mail server (development and tests without SMTP_HOST), for /dev/mail. */
  devMailbox: DevMailbox | null;
  alerts: AlertJob;
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
  /** Start the alert timer (ALERTS_ENABLED); tests run the job by hand. */
  startAlerts?: boolean;
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
  // What people type is read in this thread too (search reads job titles); an in-process engine shares it.
  const reader = createTaxonomyLookup(taxonomy);
  // Matching keeps its own compact read model of the catalog: in worker threads that each follow the
  // store's change feed themselves, or in process, where this instance's follower keeps it current.
  const fixedDay = options.today?.() ?? null;
  const matching = await createMatcherSetup(
    config,
    store,
    { taxonomy, funding },
    { fixed: fixedDay, now: today, reader },
    log,
  );
  log(`Matching runs ${matching.describe}`);
  const follower = createFollower(store, [searchSink(search.embedded), ...matching.sinks], built.watermark, {
    // A sector outlook or funding scheme saved on another instance is read again before applying.
    beforeApply: (changes) => refreshReferenceData({ taxonomy, funding }, changes),
    onError: (change, err) => log(`change ${change.seq} could not be applied here: ${(err as Error).message}`),
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
  // Expired sessions and mail links are useless and still name a user, and failed sign-ins older than
  // a day count for nothing: clear them every hour.
  const sweeper = setInterval(() => {
    const now = new Date().toISOString();
    void store.sessions.deleteExpired(now).catch(() => undefined);
    void store.accountTokens.deleteExpired(now).catch(() => undefined);
    void store.signInFailures.prune(new Date(Date.now() - 86_400_000).toISOString()).catch(() => undefined);
  }, 3_600_000);
  sweeper.unref();
  const scoringLog = createScoringLogWriter(store.scoringLog, {
    onError: (err) => log(`scoring log: ${(err as Error).message}`),
  });
  // The scoring log keeps SCORING_LOG_RETENTION_DAYS: purged at start and then every day.
  const purge = () =>
    void purgeScoringLog(store.scoringLog, config.SCORING_LOG_RETENTION_DAYS, systemClock).catch((err: Error) =>
      log(`scoring log purge: ${err.message}`),
    );
  purge();
  const purger = setInterval(purge, 86_400_000);
  purger.unref();
  const mail = await createMailSetup(config, log);
  const alerts = createAlertJob({
    store,
    search: search.index,
    matching: matching.matcher,
    taxonomy,
    mailer: mail.mailer,
    publicUrl: config.PUBLIC_URL,
    tokenSecret: config.TOKEN_SECRET,
    alertHourUtc: config.ALERT_HOUR_UTC,
    matchingEnabled: config.MATCHING_ENABLED,
    scores: storeScoreRecorder(store.secrets, scoringLog, systemClock),
    clock: systemClock,
    log,
  });
  // Saved-search alerts: every few minutes, send what is due. One run at a time; a failed run is logged.
  let alertRun: Promise<unknown> | null = null;
  const alertTimer =
    config.ALERTS_ENABLED && options.startAlerts !== false
      ? setInterval(() => {
          alertRun ??= alerts
            .run()
            .catch((err: Error) => log(`alerts: ${err.message}`))
            .finally(() => {
              alertRun = null;
            });
        }, config.ALERT_CHECK_MINUTES * 60_000)
      : null;
  alertTimer?.unref();

  return {
    config,
    store,
    taxonomy,
    funding,
    search: search.index,
    relay,
    indexer: {
      wake: () => {
        worker?.wake();
        matching.wake();
      },
      idle: async () => {
        await worker?.idle();
        await matching.reach(await store.changes.head());
      },
    },
    matching: matching.matcher,
    scoringLog,
    reader,
    sessions: createSessions(store.users, store.sessions, config.SESSION_TTL_HOURS),
    mailer: mail.mailer,
    devMailbox: mail.devMailbox,
    alerts,
    close: async () => {
      clearInterval(sweeper);
      if (alertTimer) clearInterval(alertTimer);
      await alertRun;
      await mail.close();
      clearInterval(purger);
      await scoringLog.flush();
      await matching.close();
      await worker?.stop();
      await search.index.close();
      await store.close();
    },
  };
}
