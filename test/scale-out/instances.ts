import type { ChildProcess } from 'node:child_process';
import { demoServerEntry, oneClientLimits, startServiceProcess } from '../support/service-process.ts';

export interface Instance {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  log: () => string;
  /** Runs a GraphQL operation on this instance, optionally with a session token. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data: T; errors?: unknown }>;
  stop(): Promise<void>;
}

/** Starts the built demo service as one instance on a shared PostgreSQL database. */
export async function startInstance(
  name: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Instance> {
  const service = await startServiceProcess({
    entry: demoServerEntry,
    name: `instance ${name}`,
    env: {
      DATABASE_URL: databaseUrl,
      INSTANCE_NAME: name,
      SEED_VACANCIES: '400',
      SEED_COURSES: '120',
      SEED_PROFILES: '80',
      ...oneClientLimits,
      OUTBOX_POLL_MS: '100',
      ...env,
    },
  });
  return {
    name,
    ...service,
    async gql(query, variables, token) {
      const res = await fetch(`${service.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: any; errors?: unknown };
    },
  };
}

/** Polls `check` until it returns true or `ms` pass; returns the time it took, or null. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  return (await check()) ? Date.now() - started : null;
}
