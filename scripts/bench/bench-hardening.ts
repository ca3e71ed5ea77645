/**
 * Can one anonymous visitor stall the service? Starts the built demo service (dist/demo-server.js,
 * 2,400 vacancies, matching in worker threads) and sends the worst anonymous requests this script
 * can build: aliases, free text at its limits, the largest `first`, the deepest nesting. Then:
 *   1. each request alone: it must end, answered or refused, within 2 s;
 *   2. ten such requests per second for 30 s, while /healthz is asked every 100 ms: its p95 must
 *      stay at or under 50 ms.
 * Prints the figures and PASS/FAIL. Run: npm run bench:hardening (after `npm run build`).
 * The rate limit is raised for the run: all requests come from one address here.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './stats.ts';

const root = join(import.meta.dirname, '../..');
const entry = join(root, 'services/matching/dist/demo-server.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const perSecond = Number(process.env.BENCH_RATE ?? 10);

const text = (i: number) => `ervaren medewerker klantenservice en logistiek ${i}`.slice(0, 60);
const texts = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => text(i)));
const profile = (n: number) =>
  `{ profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: AUTO, maxMinutes: 120 }, hoursMin: 1, hoursMax: 60 }, skillTexts: ${texts(n)}, occupationTexts: ${texts(n)} }`;
const paths = (alias: string, n: number, first = 25) =>
  `${alias}: careerPaths(first: ${first}, profile: ${profile(n)}) { paths { rank missingSkills { labelNl } courses { course { title } } } }`;

/** The worst requests: some go over a limit and are refused, the others are the most the limits allow. */
const worst: Record<string, string> = {
  'fifteen aliased careerPaths, 30 texts each': `{ ${Array.from({ length: 15 }, (_, i) => paths(`p${i}`, 15)).join(' ')} }`,
  'four aliased careerPaths without text': `{ ${Array.from({ length: 4 }, (_, i) => paths(`p${i}`, 0)).join(' ')} }`,
  'two matchVacancies, 30 texts each': `{ a: matchVacancies(first: 100, profile: ${profile(15)}) { total } b: matchVacancies(first: 100, profile: ${profile(15)}) { total } }`,
  'matchVacancies first 100, with bridges': `{ matchVacancies(first: 100, profile: ${profile(0)}) { total matches { score bridge { fitAfter } } } }`,
  'three careerPaths (first 25), 14 texts each: the most allowed': `{ ${['a', 'b', 'c'].map((a) => paths(a, 7)).join(' ')} }`,
  'matchVacancies (first 25), 28 texts, bridges, + careerPaths': `{ m: matchVacancies(first: 25, profile: ${profile(14)}) { total matches { score explanation { summary } bridge { fitAfter courses { course { title } } } } } ${paths('p', 0)} }`,
  'matchVacancies + matchCourses + careerPaths (first 25)': `{ m: matchVacancies(first: 25, profile: ${profile(7)}) { total } c: matchCourses(first: 25, profile: ${profile(7)}) { courses { value } } ${paths('p', 0)} }`,
  'fifteen aliased title searches, distinct words': `{ ${Array.from({ length: 15 }, (_, i) => `s${i}: vacancies(query: "${text(i)}", first: 20) { totalCount }`).join(' ')} }`,
  'three title searches and readings, distinct words': `{ a: vacancies(query: "${text(31)}", first: 100) { totalCount hits { node { title } } } b: readText(kind: OCCUPATION, text: "${text(32)}") { __typename } c: readText(kind: SKILL, text: "${text(33)}") { __typename } }`,
  'search: 200 characters, first 100, facets': `{ vacancies(query: "${'verpleegkundige zorg '.repeat(10).slice(0, 200)}", first: 100, facets: [SECTOR, MUNICIPALITY]) { totalCount hits { node { title } } facets { values { count } } } }`,
  'nested to the depth limit': `{ courses(query: "zorg", first: 100) { hits { node { targetOccupations { sector { key } essentialSkills { uri } } } } } }`,
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function ask(base: string, query: string): Promise<{ ms: number; outcome: string }> {
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
  const error = body.errors?.[0]?.extensions;
  const outcome = error ? `${error.code}${error.limit ? `:${error.limit}` : ''}` : `ok`;
  return { ms: performance.now() - started, outcome: res.status >= 500 ? `HTTP ${res.status}` : outcome };
}

async function main() {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbrug-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 300) throw new Error('the service did not start within 150 s');
      const ok = await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const query of Object.values(worst)) await ask(base, query); // warm up

    console.log('1. Each worst anonymous request alone (must end within 2 s)');
    let alonePass = true;
    for (const [name, query] of Object.entries(worst)) {
      const { ms, outcome } = await ask(base, query);
      alonePass &&= ms <= 2000;
      console.log(`   ${name.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms  ${outcome}`);
    }

    console.log(`\n2. ${perSecond} worst requests per second for ${seconds} s, /healthz every 100 ms`);
    const loads: Promise<{ ms: number; outcome: string }>[] = [];
    const queries = Object.values(worst);
    const end = Date.now() + seconds * 1000;
    const sender = setInterval(() => {
      for (let i = 0; i < perSecond / 10; i++) loads.push(ask(base, queries[loads.length % queries.length]!));
    }, 100);
    const health: number[] = [];
    while (Date.now() < end) {
      const started = performance.now();
      await fetch(`${base}/healthz`).then((r) => r.text());
      health.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (performance.now() - started))));
    }
    clearInterval(sender);
    const results = await Promise.all(loads);
    health.sort((a, b) => a - b);
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const outcomes = new Map<string, number>();
    for (const r of results) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
    const p95 = percentile(health, 95);
    console.log(
      `   /healthz: p50 ${percentile(health, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${percentile(health, 99).toFixed(1)} ms, max ${health.at(-1)!.toFixed(1)} ms (n=${health.length})`,
    );
    console.log(
      `   the ${results.length} requests: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`,
    );
    console.log(`   outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const loadPass = p95 <= 50 && !results.some((r) => r.outcome.startsWith('HTTP'));
    console.log(`\n${alonePass ? 'PASS' : 'FAIL'}: every worst request alone ends within 2 s`);
    console.log(`${p95 <= 50 ? 'PASS' : 'FAIL'}: /healthz p95 ${p95.toFixed(1)} ms under load (target <= 50 ms)`);
    process.exitCode = alonePass && loadPass ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
