import type { User } from '@werkbrug/shared/schemas/user';
import type { Metrics } from './http/metrics.ts';
import type { UseCases } from './application/use-cases.ts';
import type { AppDeps } from './application/app-deps.ts';
import type { Caller } from './application/caller.ts';

export type { AppDeps };

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
  /** The caller's address (behind the proxies TRUST_PROXY names): for sign-in limits only, never logged. */
  clientAddress: string;
  metrics: Metrics;
  /** Descriptions of vacancies that came from the matching catalog, loaded in batches (schema/vacancy). */
  vacancyDescriptions?: (id: string) => Promise<string>;
}

export function createContext(deps: AppDeps, request: Omit<Context, 'deps' | 'actor'>): Context {
  return { deps, ...request, actor: { userId: request.viewer?.user.id ?? null, requestId: request.requestId } };
}

/** The caller as the use cases see it; read at each call, since signing in changes the viewer mid-request. */
export function callerOf(ctx: Context): Caller {
  return { user: ctx.viewer?.user, actor: ctx.actor };
}
