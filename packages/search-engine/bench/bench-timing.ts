/** Timing and percentile helpers shared by benchmarks (also used from scripts/bench). */

import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return {
    count: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * Runs `fn` once per item and returns the latencies in ms. The first `warmup`
 * items are run (and discarded) first so JIT compilation is not measured.
 */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, warmup = 50): number[] {
  for (let i = 0; i < Math.min(warmup, items.length); i++) fn(items[i] as T);
  const out: number[] = [];
  for (const item of items) {
    const start = performance.now();
    fn(item);
    out.push(performance.now() - start);
  }
  return out;
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

let gcFn: (() => void) | undefined;

/**
 * Forces a full GC (enabling --expose-gc at runtime if needed) and returns the
 * JS heap plus ArrayBuffer backing stores in MB: typed-array postings live
 * outside `heapUsed`, so heapUsed alone would flatter the engine.
 */
export function heapUsedMb(): number {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

export function fmt(ms: number, digits = 2): string {
  return Number.isFinite(ms) ? ms.toFixed(digits) : '-';
}
