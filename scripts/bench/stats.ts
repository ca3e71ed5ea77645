/** Timing helpers shared by the benchmark scripts: percentiles over measured milliseconds. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

/** Runs every input once to warm up, then measures each; returns p50/p95/p99 in ms. */
export async function measure<T>(
  inputs: readonly T[],
  run: (input: T) => unknown | Promise<unknown>,
  warmup = 50,
): Promise<Summary> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), n: times.length };
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;

export function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Milliseconds of CPU this process has used (every thread, so the collector's too). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Like `measure`, and also the CPU time of each run: on a machine shared with other work, wall time
 * says how long a request waited for a core, CPU time how much work it was.
 */
export async function measureBoth<T>(
  inputs: readonly T[],
  run: (input: T) => unknown | Promise<unknown>,
  warmup = 50,
): Promise<{ wall: Summary; cpu: Summary }> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const cpuStarted = cpuMs();
    await run(input);
    cpu.push(cpuMs() - cpuStarted);
    wall.push(performance.now() - started);
  }
  const summary = (times: number[]): Summary => {
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), n: times.length };
  };
  return { wall: summary(wall), cpu: summary(cpu) };
}
