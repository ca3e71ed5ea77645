/**
 * Benchmark: build + query latency of the embedded engine vs a naive linear
 * scan and MiniSearch on synthetic Dutch vacancies.
 *
 *   pnpm --filter @werkbrug/search-engine bench -- \
 *     [--sizes=10000,100000] [--queries=500] [--linear-queries=500]
 *
 * Targets at 100k docs: p95 <= 10 ms for plain/typo/prefix, <= 25 ms with geo/facets.
 * Each system is built, measured and released before the next one is built,
 * so one system's heap (and its GC pauses) never shows in another's numbers.
 * Memory = JS heap + ArrayBuffer backing stores after a forced GC.
 */

import { createLinearScan, createMiniSearch } from './bench-baselines.ts';
import { BENCH_SCHEMA, generateVacancies, type BenchVacancy } from './bench-docs.ts';
import { QUERY_KINDS, generateQueryMix, type QueryKind } from './bench-query-mix.ts';
import { fmt, heapUsedMb, summarize, timeEach, timeOnce, type LatencySummary } from './bench-timing.ts';
import { createSearchEngine } from '../src/engine.ts';
import type { SearchRequest } from '../src/schema.ts';

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const QUERIES = Number(arg('queries', '500'));
const LINEAR_QUERIES = Number(arg('linear-queries', '500'));
const TEXT_KINDS: readonly QueryKind[] = ['plain', 'typo', 'prefix'];

interface Measured {
  summary: LatencySummary;
  avgTotal: number;
}
type Searcher = (q: SearchRequest) => { total: number };

const progress = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const cell = (m: Measured | undefined) =>
  m ? `${fmt(m.summary.p50)} / ${fmt(m.summary.p95)} / ${fmt(m.summary.p99)}` : 'n/a';

function measure(queries: readonly SearchRequest[], run: Searcher): Measured {
  const latencies = timeEach(queries, (q) => run(q), Math.min(50, queries.length));
  let sum = 0;
  for (const q of queries) sum += run(q).total; // totals outside the timed loop
  return { summary: summarize(latencies), avgTotal: Math.round(sum / Math.max(1, queries.length)) };
}

function measureKinds(kinds: readonly QueryKind[], limit: number, run: Searcher): Map<QueryKind, Measured> {
  const out = new Map<QueryKind, Measured>();
  for (const kind of kinds) out.set(kind, measure(queriesFor(kind).slice(0, limit), run));
  return out;
}

const queriesFor = (kind: QueryKind) => generateQueryMix(kind, QUERIES, 1000 + QUERY_KINDS.indexOf(kind));

function benchSize(n: number): void {
  const docs: BenchVacancy[] = generateVacancies(n, 42);
  const base = heapUsedMb();

  let engine: ReturnType<typeof createSearchEngine<BenchVacancy>> | undefined =
    createSearchEngine<BenchVacancy>(BENCH_SCHEMA);
  const build = timeOnce(() => {
    engine?.upsert(docs);
    engine?.search({ q: 'warmup' }); // merges the sorted term view: part of building
  });
  const engineMb = heapUsedMb() - base;
  const terms = engine.stats().terms;
  progress(`N=${n}: engine built in ${fmt(build.ms / 1000)} s, measuring queries`);
  const engineRes = measureKinds(QUERY_KINDS, QUERIES, (q) => (engine as NonNullable<typeof engine>).search(q));
  // Update cost: replace 1,000 existing documents (tombstones + appends).
  const replacements = generateVacancies(1000, 7).map((d, i) => ({ ...d, id: `vac-${(i * 97) % n}` }));
  const update = timeOnce(() => engine?.upsert(replacements));
  engine = undefined;

  progress(`N=${n}: building and measuring MiniSearch`);
  heapUsedMb();
  const miniBase = heapUsedMb();
  let mini: ReturnType<typeof createMiniSearch> | undefined;
  const miniBuild = timeOnce(() => (mini = createMiniSearch(docs, BENCH_SCHEMA)));
  const miniMb = heapUsedMb() - miniBase;
  const miniRes = measureKinds(TEXT_KINDS, QUERIES, (q) => (mini as NonNullable<typeof mini>).search(q));
  mini = undefined;

  progress(`N=${n}: measuring the linear scan`);
  heapUsedMb();
  const linearBase = heapUsedMb();
  let linear: ReturnType<typeof createLinearScan> | undefined;
  const linearBuild = timeOnce(() => (linear = createLinearScan(docs, BENCH_SCHEMA)));
  const linearMb = heapUsedMb() - linearBase;
  const linearRes = measureKinds(QUERY_KINDS, LINEAR_QUERIES, (q) => (linear as NonNullable<typeof linear>).search(q));
  linear = undefined;

  console.log(`\n## N = ${n.toLocaleString('en')} documents (docs themselves: ${fmt(base, 0)} MB incl. generator)`);
  console.log('\n| system | build | docs/s | memory of index |');
  console.log('|---|---|---|---|');
  console.log(
    `| engine | ${fmt(build.ms / 1000)} s | ${Math.round(n / (build.ms / 1000)).toLocaleString('en')} | ${fmt(engineMb, 1)} MB (${terms.toLocaleString('en')} terms) |`,
  );
  console.log(
    `| MiniSearch | ${fmt(miniBuild.ms / 1000)} s | ${Math.round(n / (miniBuild.ms / 1000)).toLocaleString('en')} | ${fmt(miniMb, 1)} MB |`,
  );
  console.log(`| linear scan (folded text) | ${fmt(linearBuild.ms / 1000)} s | - | ${fmt(linearMb, 1)} MB |`);
  console.log(
    `\nengine: upsert of 1,000 replacement docs into the ${n.toLocaleString('en')}-doc index: ${fmt(update.ms, 1)} ms`,
  );
  console.log('\nlatency ms as p50 / p95 / p99; "avg total" = mean number of matching docs');
  console.log('\n| kind | engine | linear scan | MiniSearch | avg total engine / linear / mini |');
  console.log('|---|---|---|---|---|');
  for (const kind of QUERY_KINDS) {
    const e = engineRes.get(kind);
    const l = linearRes.get(kind);
    const m = miniRes.get(kind);
    console.log(
      `| ${kind} | ${cell(e)} | ${cell(l)} | ${cell(m)} | ${e?.avgTotal} / ${l?.avgTotal} / ${m?.avgTotal ?? '-'} |`,
    );
  }
}

console.log(
  `node ${process.version}; ${QUERIES} queries per kind (linear scan: ${Math.min(QUERIES, LINEAR_QUERIES)}), 50 warm-up queries first`,
);
for (const n of SIZES) benchSize(n);
