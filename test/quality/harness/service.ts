/**
 * Starts the built matching service on a free port with a fresh data folder (seeded demo data),
 * DEPLOYMENT=test: the same way test/e2e/testkit/service.ts does, without needing the web build.
 * Or talks to a running service when QUALITY_URL is set (e.g. QUALITY_URL=http://127.0.0.1:4000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The demo-data entry when the build has one (production bundles leave the demo seed out), else the server. */
const serverEntry =
  [join(root, 'services/matching/dist/demo-server.js'), join(root, 'services/matching/dist/server.js')].find((p) =>
    existsSync(p),
  ) ?? join(root, 'services/matching/dist/server.js');
const webDist = join(root, 'web/dist');

export interface RunningService {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The service stopped during start (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The service was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startService(): Promise<RunningService> {
  const external = process.env.QUALITY_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), stop: async () => {} };
  if (!existsSync(serverEntry))
    throw new Error(`${serverEntry} is missing. Build first: (cd services/matching && node build.mjs)`);

  const dataDir = await mkdtemp(join(tmpdir(), 'werkbrug-quality-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      DEPLOYMENT: 'test',
      LOG_LEVEL: 'warn',
      // The harness sends a few thousand requests from one address.
      RATE_LIMIT_MAX: '1000000',
      SIGN_IN_RATE_LIMIT_MAX: '10000',
      // Matching capacity limits protect a shared service from strangers; here one client measures
      // answers on a machine shared with other work, so a slow moment must not turn into TIMEOUT or BUSY.
      MATCH_DEADLINE_MS: '30000',
      MATCH_ANONYMOUS_CONCURRENCY: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
