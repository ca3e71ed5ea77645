import type { User } from '@werkbrug/shared/schemas/user';
import type { Config } from './env.ts';
import type { Store } from './store/ports.ts';
import type { TaxonomyService } from './taxonomy/taxonomy-service.ts';
import type { Sessions } from './auth/sessions.ts';
import type { SearchIndex } from './search/port.ts';
import type { MatchingEngine } from './matching/engine.ts';
import type { Metrics } from './http/metrics.ts';
import type { SignInLimiter } from './http/sign-in-limiter.ts';
import type { IndexerSignal } from './application/indexer-signal.ts';
import type { UseCases } from './application/use-cases.ts';
import type { Caller } from './application/caller.ts';

/** Everything the service is wired from, made once in the composition root (server.ts or a test). */
export interface AppDeps {
  config: Config;
  store: Store;
  taxonomy: TaxonomyService;
  sessions: Sessions;
  search: SearchIndex;
  /** Writes wake the background outbox relay; they never run it inside the request. */
  indexer: IndexerSignal;
  matching: MatchingEngine;
}

export interface Viewer {
  user: User;
}

/** Per-request state: one new object per request, so auth results are never shared between requests. */
export interface Context {
  deps: AppDeps;
  /** The application layer: resolvers parse arguments, call one of these and return the result. */
  useCases: UseCases;
  viewer: Viewer | null;
  requestId: string;
  /** Who to record as the author of a change in the audit log: ids only. */
  actor: { userId: string | null; requestId: string };
  /** The session token this request carried, if any. */
  sessionToken: string | null;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie(token: string | null): void;
  /** The caller's address (behind a proxy only when TRUST_PROXY is set): for rate limits, never logged with data. */
  clientAddress: string;
  signInLimiter: SignInLimiter;
  metrics: Metrics;
}

export function createContext(
  deps: AppDeps,
  request: Omit<Context, 'deps' | 'actor'>,
): Context {
  return { deps, ...request, actor: { userId: request.viewer?.user.id ?? null, requestId: request.requestId } };
}

/** The caller as the use cases see it; read at each call, since signing in changes the viewer mid-request. */
export function callerOf(ctx: Context): Caller {
  return { user: ctx.viewer?.user, actor: ctx.actor };
}
