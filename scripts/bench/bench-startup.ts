/**
 * Start-up time and memory of the built service with the whole taxonomy (issue 10's budget: ready in
 * <= 10 s on the seeded data, <= 400 MB resident). Starts dist/demo-server.js twice on a fresh data
 * folder: a first start that seeds, and a second start on the seeded data (the one the budget is for).
 * After each it sends typed profiles and searches (so the reader, relatedness and occupation rows are
 * built) and prints the resident memory then. Loopback only; stops the service itself. Like the
 * service's start commands it sets MALLOC_ARENA_MAX=2 unless the environment says otherwise.
 *
 *   (cd services/matching && node build.mjs) && npx tsx scripts/bench/bench-startup.ts
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'services/matching/dist/demo-server.js');
if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (cd services/matching && node build.mjs)`);

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
};

const profile = (titles: string[], skills: string[]) => `{ profile: { occupations: [], skills: [], nlqfLevel: 3,
  postcode: "2011", travel: { mode: FIETS, maxMinutes: 40 }, hoursMin: 24, hoursMax: 36 },
  typedOccupations: [${titles.map((t) => `{ text: ${JSON.stringify(t)}, years: 5 }`).join(', ')}],
  skillTexts: ${JSON.stringify(skills)} }`;
const workload = [
  profile(['stewardess KLM'], ['eerste hulp', 'klantvriendelijk']),
  profile(['operator hoogovens', 'lasser'], ['heftruckcertificaat']),
  profile(['kok'], ['bier tappen', 'HACCP']),
  profile(['verpleegkundige'], ['wondzorg']),
  profile(['orderpicker'], ['VCA']),
];

async function run(dataDir: string, label: string): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEPLOYMENT: 'test',
      LOG_LEVEL: 'warn',
      // As the service's start commands set it (deploy/Dockerfile, npm start); MALLOC_ARENA_MAX=8 to see without.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    let ready = false;
    while (!ready) {
      if (child.exitCode !== null) throw new Error(`the service stopped (exit ${child.exitCode})`);
      if (performance.now() - started > 120_000) throw new Error('not ready within 120 s');
      ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    const readyMs = performance.now() - started;
    const atReady = rssMb(child.pid!);
    const gql = (query: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ errors?: unknown[] }>);
    const firstRequest = performance.now();
    for (const p of workload) {
      const r = await gql(`{ matchVacancies(first: 10, profile: ${p}) { matches { score } } }`);
      if (r.errors) throw new Error(JSON.stringify(r.errors).slice(0, 300));
    }
    for (const q of ['kok', 'verpleegkundige', 'chauffeur', 'cook'])
      await gql(`{ vacancies(query: "${q}", near: { postcode: "2011", radiusKm: 10 }, first: 10) { totalCount } }`);
    const workMs = performance.now() - firstRequest;
    const metrics = await fetch(`${base}/metrics`).then(
      (r) => r.text(),
      () => '',
    );
    const heap = /^nodejs_heap_size_used_bytes (\S+)/m.exec(metrics)?.[1];
    console.log(`${label.padEnd(22)} heap ${heap ? Math.round(Number(heap) / 1e6) : '?'} MB,`);
    console.log(
      `${label.padEnd(22)} ready ${(readyMs / 1000).toFixed(1)} s, RSS ${atReady} MB at ready, ` +
        `${rssMb(child.pid!)} MB after ${workload.length} typed profiles and 4 searches (${(workMs / 1000).toFixed(1)} s)`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'werkbrug-startup-'));
try {
  await run(dataDir, 'first start (seeds)');
  await run(dataDir, 'start on seeded data');
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
