import { parentPort, workerData } from 'node:worker_threads';
import type { DatabaseConfig } from '../env.ts';
import { openReaderStore } from '../store/open-store.ts';
import { createTaxonomyService } from '../taxonomy/taxonomy-service.ts';
import { createFundingService } from '../funding/funding-service.ts';
import { callEngine, type EngineMethod } from '../application/matcher.ts';
import { engineFromStore } from './engine-from-store.ts';
import { followChanges } from './follow-changes.ts';

/**
 * One matching worker: its own read-only connection to the store (the SQLite file, or PostgreSQL),
 * its own taxonomy and catalog, kept current from the store's change feed; it answers engine calls
 * from the pool (match-pool.ts). With several instances, each instance's workers follow the one feed.
 */
export interface WorkerData {
  database: DatabaseConfig;
  /** Names this worker's PostgreSQL connections (pg_stat_activity). */
  applicationName: string;
  /** A fixed day for tests and seeded data; today otherwise. */
  today: string | null;
  pollMs: number;
}

export type ToWorker =
  | { type: 'call'; id: number; method: EngineMethod; args: unknown[] }
  | { type: 'wake' }
  | { type: 'reach'; id: number; seq: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string }
  | { type: 'reached'; id: number };

const data = workerData as WorkerData;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const store = openReaderStore(data.database, { applicationName: data.applicationName });
const reference = {
  taxonomy: await createTaxonomyService(store.sectorOutlooks),
  funding: await createFundingService(store.fundingSchemes),
};
// Read before loading: a change committed while the catalog fills is applied again, never missed.
const from = await store.changes.head();
const today = data.today ? () => data.today! : () => new Date().toISOString().slice(0, 10);
const { engine, catalog } = await engineFromStore(store, reference, today);
const follower = followChanges({ store, reference, catalog, from });
await follower.catchUp();
setInterval(() => void follower.catchUp().catch(() => undefined), data.pollMs).unref();

port.on('message', (message: ToWorker) => {
  if (message.type === 'wake') void follower.catchUp().catch(() => undefined);
  else if (message.type === 'reach')
    void follower.reach(message.seq).then(
      () => send({ type: 'reached', id: message.id }),
      () => send({ type: 'reached', id: message.id }),
    );
  else {
    try {
      send({ type: 'result', id: message.id, value: callEngine(engine, message.method, message.args) });
    } catch (err) {
      send({ type: 'failed', id: message.id, message: (err as Error).message });
    }
  }
});
send({ type: 'ready' });
