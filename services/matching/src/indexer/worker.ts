import type { Relay } from './relay.ts';

/**
 * Polls the relay in the background. `stop` lets the batch in progress finish, so a graceful
 * shutdown never leaves work half-recorded (and a hard kill only means the batch is sent again).
 */
export function startRelayWorker(relay: Relay, intervalMs: number, onError: (err: unknown) => void) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        // Keep going while there is work; then wait for the next poll.
        while (!stopped && (await relay.runOnce()).processed > 0) {
          /* next batch */
        }
      } catch (err) {
        onError(err);
      }
    })().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
