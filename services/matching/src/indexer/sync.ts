import type { Leadership } from '../store/ports.ts';
import type { Follower } from './follower.ts';
import type { Relay, RelayBatchResult } from './relay.ts';

/**
 * One pass of everything that follows the store on this instance: first its own copies (the follower),
 * then, if this instance leads, the relay to the shared index. Store errors on the way (a restart of
 * PostgreSQL) end the pass; the worker logs them and tries again at the next poll.
 */
export function createSyncJob(follower: Follower, relay: Relay, leadership: Leadership) {
  return {
    async runOnce(): Promise<RelayBatchResult> {
      const local = await follower.runOnce();
      const shared = (await leadership.acquire()) ? await relay.runOnce() : { processed: 0, failed: 0 };
      return { processed: local.processed + shared.processed, failed: local.failed + shared.failed };
    },
  };
}
