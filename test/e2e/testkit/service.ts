import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The demo bundle: the production one (dist/server.js) holds no demo data and no demo accounts.
const serverEntry = join(root, 'services/matching/dist/demo-server.js');
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

/**
 * Starts the built demo service (which also serves the built web app) on a free port with a fresh data
 * folder, so every run seeds the same demo data. It builds nothing: run the web and service builds
 * first, as `npm test` does.
 */
export async function startService(): Promise<RunningService> {
  for (const [path, build] of [
    [serverEntry, '(cd services/matching && node build.mjs)'],
    [join(webDist, 'index.html'), 'npx -y pnpm@10 --filter @werkbrug/web build'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing. Build first: ${build}`);
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'werkbrug-e2e-'));
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
      // Links in mails (confirmation, unsubscribe) point at this very service.
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      // One browser hammers the API from one address: the limits are for the open internet.
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
