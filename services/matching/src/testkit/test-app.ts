import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseConfig } from '../env.ts';
import { buildApp, type AppOptions } from '../app.ts';
import { createRuntime, type Runtime } from '../composition.ts';
import { demoSeeder } from '../demo/demo-seeder.ts';

/** A real service on a temporary SQLite file with a small seed, for HTTP and schema tests. */
export interface TestApp {
  app: FastifyInstance;
  runtime: Runtime;
  /** Runs a GraphQL operation, optionally as a signed-in user (session cookie). */
  gql(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GqlResult>;
  signIn(email: string): Promise<string>;
  /** Waits until the background relay has brought search and matching up to date with the store. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface GqlResult {
  status: number;
  data: any;
  errors:
    | {
        message: string;
        path?: (string | number)[];
        extensions?: { code?: string; fields?: { path: string; message: string }[] };
      }[]
    | undefined;
}

export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbrug-test-'));
  const parsed = parseConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SEED_VACANCIES: '400',
    SEED_COURSES: '120',
    SEED_PROFILES: '80',
    RATE_LIMIT_MAX: '100000',
    SIGN_IN_RATE_LIMIT_MAX: '10000',
    // In process by default: quicker to start, and one catalog to wait for. The worker pool has its
    // own tests (workers/match-pool.test.ts), the browser tests and the benchmark run with workers.
    MATCH_WORKERS: '0',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  // The relay worker runs as in production; `gql` waits for it after each operation, so tests read
  // their own writes in search and matching without the request itself waiting for the index.
  const runtime = await createRuntime(parsed.config, () => {}, { seeder: demoSeeder });
  const app = await buildApp(runtime, options);
  const gql = async (query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GqlResult> => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: cookie ? { cookie } : {},
      payload: { query, variables },
    });
    const body = res.json() as { data?: unknown; errors?: GqlResult['errors'] };
    await runtime.indexer.idle();
    return { status: res.statusCode, data: body.data, errors: body.errors };
  };
  return {
    app,
    runtime,
    gql,
    settled: () => runtime.indexer.idle(),
    async signIn(email) {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: {
          query: 'mutation($e: String!) { signIn(email: $e, password: "werkbrug-demo") { token } }',
          variables: { e: email },
        },
      });
      const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0];
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${res.body}`);
      return cookie;
    },
    async close() {
      await app.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
