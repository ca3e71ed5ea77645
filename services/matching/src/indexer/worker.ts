import type { RelayBatchResult } from './relay.ts';

/** One pass of work: the relay, or the whole sync job (sync.ts). */
export interface BatchJob {
  runOnce(): Promise<RelayBatchResult>;
}

/**
 * Runs the outbox relay in the background: on a poll, and at once when a write wakes it. A request
 * only calls `wake()` (a flag and maybe a timer change) and never waits for the index, so a slow
 * Meilisearch or another user's pending rows cannot slow a mutation down.
 */
export interface RelayWorker {
  /** Run now instead of at the next poll; cheap and safe to call after every committed write. */
  wake(): void;
  /** Resolves once no batch runs and no wake waits: for tests and tooling, never for a request. */
  idle(): Promise<void>;
  /** Lets the batch in progress finish, so a graceful shutdown never leaves work half-recorded. */
  stop(): Promise<void>;
}

export function startRelayWorker(relay: BatchJob, intervalMs: number, onError: (err: unknown) => void): RelayWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  // A wake during a run: the run may already have read the outbox before that write committed.
  let wokenDuringRun = false;

  const runBatches = async () => {
    do {
      wokenDuringRun = false;
      try {
        while (!stopped && (await relay.runOnce()).processed > 0) {
          /* next batch */
        }
      } catch (err) {
        onError(err);
      }
    } while (wokenDuringRun && !stopped);
  };

  const run = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    running = runBatches().finally(() => {
      running = null;
      if (stopped) return;
      if (wokenDuringRun) run();
      else timer = setTimeout(run, intervalMs);
    });
  };
  run();

  return {
    wake() {
      if (stopped) return;
      if (running) wokenDuringRun = true;
      else run();
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
