import type { Change, Store } from '../store/ports.ts';
import { applyChanges, type IndexSink } from './apply-changes.ts';

export interface FollowerOptions {
  batchSize?: number;
  /** A change that a sink refused: it is skipped (and logged), so one bad record cannot stop the rest. */
  onError?: (change: Change, err: unknown) => void;
  /**
   * Runs before a batch is applied: what a sink reads besides the records themselves (the taxonomy's
   * sector outlooks, the funding schemes) can be refreshed first, since another instance may have
   * changed them. An error here ends the pass; the batch is read again.
   */
  beforeApply?: (changes: readonly Change[]) => Promise<void>;
}

/**
 * Keeps this instance's in-memory copies (the matching catalog, the embedded search index) in step
 * with the store by following the change feed from a sequence number: the one read just before they
 * were loaded from the store. A write on any instance reaches every instance this way, and nothing
 * here depends on which instance relays to Meilisearch. The position lives in memory: a restarted
 * instance loads everything again and follows from the new head.
 */
export function createFollower(store: Store, sinks: IndexSink[], from: number, options: FollowerOptions = {}) {
  const batchSize = options.batchSize ?? 500;
  let position = from;
  return {
    /** The last sequence number applied. */
    position: () => position,
    async runOnce(): Promise<{ processed: number; failed: number }> {
      const changes = await store.changes.since(position, batchSize);
      if (changes.length === 0) return { processed: 0, failed: 0 };
      await options.beforeApply?.(changes);
      let failed = 0;
      try {
        await applyChanges(store, changes, sinks);
      } catch {
        // Change by change, so only the record a sink refuses is left out (reconcile will show it).
        for (const change of changes) {
          try {
            await applyChanges(store, [change], sinks);
          } catch (err) {
            failed++;
            options.onError?.(change, err);
          }
        }
      }
      position = changes[changes.length - 1]!.seq;
      return { processed: changes.length - failed, failed };
    },
  };
}
export type Follower = ReturnType<typeof createFollower>;
