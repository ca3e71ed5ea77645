import { availableParallelism } from 'node:os';
import type { Config } from '../env.ts';
import type { Store } from '../store/ports.ts';
import type { ReferenceData } from '../indexer/reference-data.ts';
import { inProcessMatcher, type AsyncMatcher } from '../application/matcher.ts';
import { catalogSink, type IndexSink } from '../indexer/relay.ts';
import { engineFromStore } from './engine-from-store.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';
import { createMatchPool } from './match-pool.ts';

/**
 * Where matching runs. With workers (the default: one per core but the one the event loop needs, at
 * least one) each keeps its own catalog and follows the change feed; in process (MATCH_WORKERS=0, or
 * a database in memory that no worker can open) the instance's follower of the change feed keeps the one catalog current.
 */
export interface MatcherSetup {
  matcher: AsyncMatcher;
  /** Sinks for the instance's own follower of the change feed (the in-process catalog). */
  sinks: IndexSink[];
  wake(): void;
  /** Resolves once matching has seen every change up to `seq`. */
  reach(seq: number): Promise<void>;
  close(): Promise<void>;
  describe: string;
}

export function workerCount(config: Pick<Config, 'MATCH_WORKERS' | 'database'>): number {
  if (config.database.kind === 'sqlite' && config.database.path === ':memory:') return 0;
  return config.MATCH_WORKERS ?? Math.max(1, availableParallelism() - 1);
}

export async function createMatcherSetup(
  config: Config,
  store: Store,
  reference: ReferenceData,
  today: { fixed: string | null; now: () => string; reader?: TaxonomyLookup },
  log: (message: string) => void,
): Promise<MatcherSetup> {
  const size = workerCount(config);
  if (size === 0) {
    const { engine, catalog } = await engineFromStore(store, reference, today.now, today.reader);
    return {
      matcher: inProcessMatcher(engine),
      sinks: [catalogSink(catalog)],
      wake: () => {},
      reach: async () => {},
      close: async () => {},
      describe: 'in process',
    };
  }
  const pool = createMatchPool({
    size,
    database: config.database,
    applicationName: `werkbrug:${config.instanceName}:match-worker`,
    today: today.fixed,
    pollMs: config.OUTBOX_POLL_MS,
    deadlineMs: config.MATCH_DEADLINE_MS,
    // A typical match takes 50-150 ms, so eight per worker still finish well within the deadline; never
    // below what one request may ask for, so a request the cost model allows is not half refused.
    anonymousCap: config.MATCH_ANONYMOUS_CONCURRENCY ?? Math.max(size * 8, config.MAX_HEAVY_PER_REQUEST),
    log,
  });
  await pool.ready();
  return {
    matcher: pool,
    sinks: [],
    wake: () => pool.wake(),
    reach: (seq) => pool.reach(seq),
    close: () => pool.close(),
    describe: `${size} worker thread${size === 1 ? '' : 's'}`,
  };
}
