import { describe, expect, it } from 'vitest';
import type { Relay } from './relay.ts';
import { startRelayWorker } from './worker.ts';

/** A relay that reports `pending` entries once per wake-up of the outbox. */
function fakeRelay() {
  let pending = 0;
  let runs = 0;
  const relay: Relay = {
    async runOnce() {
      runs++;
      const processed = pending;
      pending = 0;
      return { processed, failed: 0 };
    },
    async drain() {
      return 0;
    },
  };
  return { relay, write: () => pending++, runs: () => runs, pending: () => pending };
}

describe('the relay worker', () => {
  it('runs at once when a write wakes it, long before the next poll', async () => {
    const fake = fakeRelay();
    const worker = startRelayWorker(fake.relay, 60_000, () => undefined);
    await worker.idle();
    fake.write();
    worker.wake();
    await worker.idle();
    expect(fake.pending()).toBe(0);
    await worker.stop();
  });

  it('runs again when woken during a run, so a write that lands mid-run is not left for the poll', async () => {
    const fake = fakeRelay();
    const worker = startRelayWorker(fake.relay, 60_000, () => undefined);
    // The first run is in progress (started by the worker itself): this write and wake land during it.
    fake.write();
    worker.wake();
    await worker.idle();
    expect(fake.pending()).toBe(0);
    expect(fake.runs()).toBeGreaterThanOrEqual(2);
    await worker.stop();
    worker.wake();
    expect(fake.runs()).toBeLessThanOrEqual(4);
  });
});
