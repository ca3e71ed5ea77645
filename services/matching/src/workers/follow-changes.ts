import type { ChangeFeed, Store } from '../store/ports.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { Catalog } from '../matching/model/catalog.ts';
import { applyChanges, catalogSink } from '../indexer/relay.ts';

/**
 * Keeps a catalog up to date by reading the change feed from a sequence number on: every process
 * with its own copy (matching workers, and later other instances) follows the store this way,
 * without taking part in the relay. One catch-up runs at a time; a wake during one runs another.
 */
export function followChanges(deps: {
  store: Pick<Store, 'vacancies' | 'courses'> & { changes: ChangeFeed };
  taxonomy: Pick<TaxonomyService, 'refresh'>;
  catalog: Catalog;
  from: number;
}) {
  let seq = deps.from;
  let running: Promise<void> | null = null;
  let again = false;
  const sinks = [catalogSink(deps.catalog)];

  const run = async () => {
    for (;;) {
      const entries = await deps.store.changes.since(seq, 500);
      if (entries.length === 0) return;
      if (entries.some((e) => e.aggregateType === 'sector')) await deps.taxonomy.refresh();
      await applyChanges(deps.store, entries, sinks);
      seq = entries[entries.length - 1]!.id;
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
    /** Resolves once everything up to `target` has been applied (entries since deleted count as applied). */
    async reach(target: number): Promise<void> {
      while (seq < target) {
        const before = seq;
        await catchUp();
        if (seq === before) return;
      }
    },
    get seq() {
      return seq;
    },
  };
}
