/**
 * Runs the built matching service as a child process on a free port, for the tests and scripts that
 * talk to it over HTTP (browser tests, the quality harness, the two-instance test, the page bench).
 * One home for how such a process is started, waited for and stopped; each caller adds its own
 * environment (data folder, database, limits).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The demo bundle: the production one (dist/server.js) holds no demo data and no demo accounts. */
export const demoServerEntry = join(repositoryRoot, 'services/matching/dist/demo-server.js');
export const productionServerEntry = join(repositoryRoot, 'services/matching/dist/server.js');
export const webDist = join(repositoryRoot, 'web/dist');
export const buildServiceCommand = '(cd services/matching && node build.mjs)';

/** Limits for the open internet that one test client on one address would trip. */
export const oneClientLimits = {
  RATE_LIMIT_MAX: '1000000',
  SIGN_IN_RATE_LIMIT_MAX: '10000',
} as const;

/**
 * Matching capacity limits protect a shared service from strangers; a test client measures answers on
 * a machine shared with other work, so a slow moment must not turn into TIMEOUT or BUSY.
 */
export const patientMatching = {
  MATCH_DEADLINE_MS: '30000',
  MATCH_ANONYMOUS_CONCURRENCY: '100',
} as const;

export interface ServiceProcess {
  baseUrl: string;
  child: ChildProcess;
  /** The last 20,000 characters the process wrote, for error messages. */
  log: () => string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
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

/** Fails with the build command when a built file the caller needs is missing. */
export function requireBuilt(path: string, command = buildServiceCommand): void {
  if (!existsSync(path)) throw new Error(`${path} is missing. Build first: ${command}`);
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilReady(service: ServiceProcess, name: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(service.child))
      throw new Error(`The service ${name} stopped during start (exit ${service.child.exitCode}):\n${service.log()}`);
    const ready = await fetch(`${service.baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false, // Not listening yet.
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The service ${name} was not ready within ${timeoutMs / 1000} s:\n${service.log()}`);
}

/**
 * Starts `entry` on a free port of 127.0.0.1 in DEPLOYMENT=test with the given environment and waits
 * until /readyz answers; a process that does not get ready is stopped before the error is thrown.
 */
interface StartOptions {
  entry: string;
  env: Record<string, string>;
  name?: string;
  /** Extra environment that needs the chosen address (e.g. PUBLIC_URL). */
  envFor?: (baseUrl: string) => Record<string, string>;
  readyTimeoutMs?: number;
}

export async function startServiceProcess(options: StartOptions): Promise<ServiceProcess> {
  requireBuilt(options.entry);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [options.entry], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEPLOYMENT: 'test',
      LOG_LEVEL: 'warn',
      ...options.env,
      ...options.envFor?.(baseUrl),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const service: ServiceProcess = {
    baseUrl,
    child,
    log: () => output,
    async stop() {
      if (hasExited(child)) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(service, options.name ?? options.entry, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

/**
 * Starts a service on a fresh data folder (SQLite and the embedded index in it), so every run seeds
 * the same demo data; stopping it removes the folder.
 */
export async function startWithFreshData(
  options: StartOptions & { dataDirPrefix: string },
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), options.dataDirPrefix));
  const removeData = () => rm(dataDir, { recursive: true, force: true });
  try {
    const service = await startServiceProcess({ ...options, env: { ...options.env, DATA_DIR: dataDir } });
    return {
      baseUrl: service.baseUrl,
      stop: async () => {
        await service.stop();
        await removeData();
      },
    };
  } catch (error) {
    await removeData();
    throw error;
  }
}
