import type { MatchingEngine } from '../matching/engine.ts';

/**
 * The matching engine as the use cases call it: asynchronously, so it can run off the event loop (a
 * pool of worker threads, workers/match-pool.ts) with a deadline and a cap on anonymous work. Every
 * engine method, with who asks first. In-process (tests, MATCH_WORKERS=0) it simply calls the engine.
 */
export interface MatchJob {
  /** An anonymous visitor: their matching shares a small cap, so they cannot crowd out everyone else. */
  anonymous: boolean;
}

export type EngineMethod = keyof MatchingEngine;

export type AsyncMatcher = {
  [K in EngineMethod]: (
    job: MatchJob,
    ...args: Parameters<MatchingEngine[K]>
  ) => Promise<ReturnType<MatchingEngine[K]>>;
};

/** Calls a method by name: the one place a method name becomes a call (also inside the workers). */
export function callEngine(engine: MatchingEngine, method: EngineMethod, args: unknown[]): unknown {
  return (engine[method] as (...a: unknown[]) => unknown)(...args);
}

/** The engine in this thread: for tests and single-core machines. */
export function inProcessMatcher(engine: MatchingEngine): AsyncMatcher {
  const matcher = {} as Record<EngineMethod, (job: MatchJob, ...args: unknown[]) => Promise<unknown>>;
  for (const method of Object.keys(engine) as EngineMethod[])
    matcher[method] = async (_job, ...args) => callEngine(engine, method, args);
  return matcher as unknown as AsyncMatcher;
}
