import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../store/ports.ts';

/**
 * Prometheus metrics: one registry per app (so tests can build several apps), request counts and
 * latency by route (never by URL with ids in it), match latency, and the outbox lag read at scrape time.
 */
export function createMetrics(store: Store) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'werkbrug_http_requests_total',
    help: 'HTTP requests',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'werkbrug_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const matchDuration = new Histogram({
    name: 'werkbrug_match_duration_seconds',
    help: 'Time to match one profile',
    labelNames: ['kind'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [registry],
  });
  new Gauge({
    name: 'werkbrug_outbox_pending',
    help: 'Outbox entries not yet relayed to the search index',
    registers: [registry],
    async collect() {
      this.set((await store.outbox.stats(new Date().toISOString())).pending);
    },
  });
  new Gauge({
    name: 'werkbrug_outbox_lag_seconds',
    help: 'Age of the oldest pending outbox entry',
    registers: [registry],
    async collect() {
      this.set((await store.outbox.stats(new Date().toISOString())).oldestPendingAgeSeconds);
    },
  });
  new Gauge({
    name: 'werkbrug_outbox_dead_letters',
    help: 'Outbox entries that failed too often',
    registers: [registry],
    async collect() {
      this.set((await store.outbox.stats(new Date().toISOString())).dead);
    },
  });
  return {
    registry,
    observeRequest(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, seconds);
    },
    observeMatch(kind: string, seconds: number) {
      matchDuration.observe({ kind }, seconds);
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
