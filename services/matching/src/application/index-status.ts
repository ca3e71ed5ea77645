import type { Store } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import { reconcile } from '../indexer/reconcile.ts';
import type { Clock } from './clock-and-ids.ts';

export interface IndexStatus {
  engine: string;
  pendingChanges: number;
  deadLetters: number;
  lagSeconds: number;
  differences: number;
}

/** How far the search index is behind the store, and whether they differ (admins). */
export function createIndexStatus(deps: { store: Store; search: SearchIndex; clock: Clock }) {
  return async (): Promise<IndexStatus> => {
    const stats = await deps.store.outbox.stats(deps.clock.now().toISOString());
    const differences = await reconcile(deps.store, deps.search);
    return {
      engine: deps.search.engine,
      pendingChanges: stats.pending,
      deadLetters: stats.dead,
      lagSeconds: stats.oldestPendingAgeSeconds,
      differences: differences.length,
    };
  };
}
