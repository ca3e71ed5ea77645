import { Worker } from 'node:worker_threads';
import type { AsyncMatcher, EngineMethod, MatchJob } from '../application/matcher.ts';
import { busy, timedOut } from '../errors.ts';
import type { DatabaseConfig } from '../env.ts';
import type { FromWorker, ToWorker, WorkerData } from './match-worker.ts';

/**
 * Matching off the event loop: a pool of worker threads, each with its own copy of the catalog, so a
 * heavy match never holds up /healthz or anyone else's request. Every job has a deadline: when it has
 * not finished by then the caller hears TIMEOUT, and a worker stuck far beyond it is replaced.
 * Anonymous visitors share a cap on jobs waiting or running; over it, or over the queue limit, a job
 * is refused at once with BUSY. Signed-in people's jobs go first.
 */
export interface MatchPoolOptions {
  size: number;
  database: DatabaseConfig;
  /** Names the workers' PostgreSQL connections. */
  applicationName?: string;
  today: string | null;
  pollMs: number;
  deadlineMs: number;
  anonymousCap: number;
  maxQueued?: number;
  log?: (message: string) => void;
}

export interface MatchPool extends AsyncMatcher {
  /** Tells the workers there are changes to read now rather than at their next poll. */
  wake(): void;
  /** Resolves once every worker has applied the change feed up to `seq` (tests, tooling). */
  reach(seq: number): Promise<void>;
  /** Resolves once every worker has loaded its catalog. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

interface Job {
  method: EngineMethod;
  args: unknown[];
  anonymous: boolean;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  settled: boolean;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  running: { id: number; job: Job; startedAt: number } | null;
  waiting: Map<number, () => void>;
}

/** Runs from source (.ts, under tsx or vitest) or from the bundle (dist/match-worker.js). */
function workerScript(): { file: URL; entry?: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return { file: new URL('./match-worker.js', import.meta.url) };
  return {
    file: new URL('./ts-worker-boot.mjs', import.meta.url),
    entry: new URL('./match-worker.ts', import.meta.url).href,
  };
}

/** Every engine method; adding one to the engine without listing it here does not type-check. */
const methods = [
  'matchVacancies',
  'matchCourses',
  'careerPaths',
  'matchProfiles',
] as const satisfies readonly EngineMethod[];
const everyMethod: Exclude<EngineMethod, (typeof methods)[number]> extends never ? true : never = true;
void everyMethod;

/**
 * The young generation of a worker's heap (V8: two semi-spaces and a third for large new objects), in
 * MB. V8's default lets it grow to 48 MB (16 MB semi-spaces) per thread; a match's garbage is short-lived
 * and small, so 8 MB semi-spaces hold it as well and keep some 16 MB less resident per worker (measured:
 * docs/benchmarks.md, start-up and memory; no change in matching latency beyond noise).
 */
const maxYoungGenerationSizeMb = 24;

export function createMatchPool(options: MatchPoolOptions): MatchPool {
  const maxQueued = options.maxQueued ?? 200;
  const stuckMs = options.deadlineMs * 5;
  const signedInQueue: Job[] = [];
  const anonymousQueue: Job[] = [];
  let anonymousInFlight = 0;
  let nextId = 1;
  let closing = false;
  const slots: Slot[] = [];

  function spawn(): Slot {
    const script = workerScript();
    const data: WorkerData & { entry?: string } = {
      database: options.database,
      applicationName: options.applicationName ?? 'werkbrug:match-worker',
      today: options.today,
      pollMs: options.pollMs,
      ...(script.entry ? { entry: script.entry } : {}),
    };
    const worker = new Worker(script.file, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb } });
    let markReady: () => void = () => {};
    const slot: Slot = {
      worker,
      ready: new Promise((r) => (markReady = r)),
      isReady: false,
      running: null,
      waiting: new Map(),
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.isReady = true;
        markReady();
        dispatch();
      } else if (message.type === 'reached') {
        slot.waiting.get(message.id)?.();
        slot.waiting.delete(message.id);
      } else if (slot.running?.id === message.id) {
        const { job } = slot.running;
        slot.running = null;
        if (message.type === 'result') settle(job, () => job.resolve(message.value));
        else settle(job, () => job.reject(new Error(`matching failed: ${message.message}`)));
        dispatch();
      }
    });
    worker.on('error', (err) => options.log?.(`matching worker failed: ${err.message}`));
    worker.on('exit', () => {
      if (closing) return;
      // A worker that died or was stopped: its job fails, a new worker takes its place.
      const job = slot.running?.job;
      if (job) settle(job, () => job.reject(new Error('matching worker stopped')));
      for (const done of slot.waiting.values()) done();
      slots[slots.indexOf(slot)] = spawn();
    });
    return slot;
  }

  function settle(job: Job, finish: () => void) {
    if (job.settled) return;
    job.settled = true;
    if (job.timer) clearTimeout(job.timer);
    if (job.anonymous) anonymousInFlight--;
    finish();
  }

  function dispatch() {
    for (const slot of slots) {
      if (slot.running || !slot.isReady) continue;
      const job = signedInQueue.shift() ?? anonymousQueue.shift();
      if (!job) return;
      const id = nextId++;
      slot.running = { id, job, startedAt: Date.now() };
      slot.worker.postMessage({ type: 'call', id, method: job.method, args: job.args } satisfies ToWorker);
    }
  }

  /** Replaces workers that are still busy long after their job's deadline. */
  const watchdog = setInterval(() => {
    for (const slot of slots)
      if (slot.running && Date.now() - slot.running.startedAt > stuckMs) void slot.worker.terminate();
  }, options.deadlineMs);
  watchdog.unref();

  function call(job: MatchJob, method: EngineMethod, args: unknown[]): Promise<unknown> {
    if (signedInQueue.length + anonymousQueue.length >= maxQueued) return Promise.reject(busy());
    if (job.anonymous && anonymousInFlight >= options.anonymousCap) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const entry: Job = { method, args, anonymous: job.anonymous, resolve, reject, settled: false };
      if (job.anonymous) anonymousInFlight++;
      entry.timer = setTimeout(() => {
        const queue = entry.anonymous ? anonymousQueue : signedInQueue;
        const waiting = queue.indexOf(entry);
        if (waiting >= 0) queue.splice(waiting, 1);
        settle(entry, () => entry.reject(timedOut()));
      }, options.deadlineMs);
      (job.anonymous ? anonymousQueue : signedInQueue).push(entry);
      dispatch();
    });
  }

  for (let i = 0; i < options.size; i++) slots.push(spawn());

  const matcher = Object.fromEntries(
    methods.map((m) => [m, (job: MatchJob, ...args: unknown[]) => call(job, m, args)]),
  ) as unknown as AsyncMatcher;

  return {
    ...matcher,
    wake() {
      for (const slot of slots) slot.worker.postMessage({ type: 'wake' } satisfies ToWorker);
    },
    async reach(seq) {
      await Promise.all(
        slots.map(async (slot) => {
          await slot.ready;
          const id = nextId++;
          await new Promise<void>((resolve) => {
            slot.waiting.set(id, resolve);
            slot.worker.postMessage({ type: 'reach', id, seq } satisfies ToWorker);
          });
        }),
      );
    },
    async ready() {
      await Promise.all(slots.map((s) => s.ready));
    },
    async close() {
      closing = true;
      clearInterval(watchdog);
      for (const job of [...signedInQueue.splice(0), ...anonymousQueue.splice(0)])
        settle(job, () => job.reject(busy()));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
