import type { OutboxEntry, Store } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import type { Catalog } from '../matching/model/catalog.ts';
import { applyChanges, type IndexSink } from './apply-changes.ts';

export type { IndexSink };

/** The search index as a relay sink. */
export function searchSink(index: SearchIndex): IndexSink {
  return {
    name: 'search',
    upsertVacancies: (items) => index.upsertVacancies(items),
    deleteVacancies: (ids) => index.deleteVacancies(ids),
    upsertCourses: (items) => index.upsertCourses(items),
    deleteCourses: (ids) => index.deleteCourses(ids),
  };
}

/** The matching engine's in-memory catalog as a relay sink. */
export function catalogSink(catalog: Catalog): IndexSink {
  return {
    name: 'matching-catalog',
    upsertVacancies: (items) => catalog.upsertVacancies(items),
    deleteVacancies: (ids) => catalog.removeVacancies(ids),
    upsertCourses: (items) => catalog.upsertCourses(items),
    deleteCourses: (ids) => catalog.removeCourses(ids),
  };
}

export interface RelayOptions {
  batchSize?: number;
  maxAttempts?: number;
  /** Backoff before the n-th retry: base × 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  now?: () => Date;
  onError?: (entry: OutboxEntry, err: unknown, outcome: 'retry' | 'dead') => void;
}

export interface RelayBatchResult {
  processed: number;
  failed: number;
}

/**
 * Relays the outbox to the shared sinks (Meilisearch), by status: it marks entries done only after
 * every sink succeeded, so a crash between send and mark just sends the same documents again. Only the
 * leader runs it (store.leadership); each instance's own copies follow the change feed instead
 * (follower.ts). Without a shared sink it only marks entries done, which keeps the lag figures true.
 */
export function createRelay(store: Store, sinks: IndexSink[], options: RelayOptions = {}) {
  const batchSize = options.batchSize ?? 200;
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.backoffBaseMs ?? 1000;
  const cap = options.backoffMaxMs ?? 5 * 60_000;
  const now = options.now ?? (() => new Date());

  const apply = (entries: OutboxEntry[]) => applyChanges(store, entries, sinks);

  return {
    /** One batch; returns how many entries were handled. */
    async runOnce(): Promise<RelayBatchResult> {
      const entries = await store.outbox.pending(batchSize, now().toISOString());
      if (entries.length === 0) return { processed: 0, failed: 0 };
      try {
        await apply(entries);
        await store.outbox.markDone(
          entries.map((e) => e.id),
          now().toISOString(),
        );
        return { processed: entries.length, failed: 0 };
      } catch {
        // The batch failed as a whole: retry entry by entry, so one bad record cannot block the rest.
        let failed = 0;
        for (const entry of entries) {
          try {
            await apply([entry]);
            await store.outbox.markDone([entry.id], now().toISOString());
          } catch (err) {
            failed++;
            const delay = Math.min(cap, base * 2 ** entry.attempts);
            const outcome = await store.outbox.markFailed(
              entry.id,
              String((err as Error)?.message ?? err),
              new Date(now().getTime() + delay).toISOString(),
              maxAttempts,
            );
            options.onError?.(entry, err, outcome);
          }
        }
        return { processed: entries.length - failed, failed };
      }
    },
    /** Runs batches until nothing is pending (or only entries waiting for their retry time). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const { processed, failed } = await this.runOnce();
        total += processed;
        if (processed === 0 || failed > 0) return total;
      }
    },
  };
}
export type Relay = ReturnType<typeof createRelay>;
