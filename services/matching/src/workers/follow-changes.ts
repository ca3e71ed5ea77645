import type { Store } from '../store/ports.ts';
import { refreshReferenceData, type ReferenceData } from '../indexer/reference-data.ts';
import type { Catalog } from '../matching/model/catalog.ts';
import { catalogSink } from '../indexer/relay.ts';
import { createFollower } from '../indexer/follower.ts';

/**
 * A matching worker's catalog follows the store's change feed with the same follower every instance
 * uses (indexer/follower.ts), from the position read before the catalog was loaded. This adds what a
 * thread needs on top: one catch-up at a time (a wake during one runs another), `reach` for callers
 * that must see a given change, and the reference data read again when a sector outlook or funding scheme changed.
 */
export function followChanges(deps: {
  store: Store;
  reference: ReferenceData;
  catalog: Catalog;
  from: number;
  onError?: (message: string) => void;
}) {
  const follower = createFollower(deps.store, [catalogSink(deps.catalog)], deps.from, {
    beforeApply: (changes) => refreshReferenceData(deps.reference, changes),
    onError: (change, err) => deps.onError?.(`change ${change.seq}: ${(err as Error).message}`),
  });
  let running: Promise<void> | null = null;
  let again = false;
  const run = async () => {
    for (;;) {
      const { processed, failed } = await follower.runOnce();
      if (processed + failed === 0) return;
    }
  };
  const catchUp = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    catchUp,
    /** Resolves once everything up to `target` has been applied (changes since erased count as applied). */
    async reach(target: number): Promise<void> {
      while (follower.position() < target) {
        const before = follower.position();
        await catchUp();
        if (follower.position() === before) return;
      }
    },
    get seq() {
      return follower.position();
    },
  };
}
