/**
 * Benchmark: build + query latency of the embedded engine vs a naive linear
 * scan and MiniSearch on synthetic Dutch vacancies.
 *
 *   cd /work/main && npx tsx services/matching/src/search/engine/bench-engine.ts \
 *     [--sizes=10000,100000] [--queries=500] [--linear-queries=500]
 *
 * Targets at 100k docs: p95 <= 10 ms for plain/typo/prefix, <= 25 ms with geo/facets.
 */

import { createLinearScan, createMiniSearch } from './bench-baselines.ts';
import { BENCH_SCHEMA, generateVacancies, type BenchVacancy } from './bench-docs.ts';
import { QUERY_KINDS, generateQueryMix, type QueryKind } from './bench-query-mix.ts';
import { fmt, heapUsedMb, summarize, timeEach, timeOnce, type LatencySummary } from './bench-timing.ts';
import { createSearchEngine } from './engine.ts';
import type { SearchRequest } from './schema.ts';

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const QUERIES = Number(arg('queries', '500'));
const LINEAR_QUERIES = Number(arg('linear-queries', '500'));
const TEXT_KINDS: readonly QueryKind[] = ['plain', 'typo', 'prefix'];

const cell = (s: LatencySummary | undefined) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}` : 'n/a');
const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : NaN);

function measure(queries: SearchRequest[], run: (q: SearchRequest) => { total: number }) {
  const totals: number[] = [];
  const latencies = timeEach(queries, (q) => totals.push(run(q).total), Math.min(50, queries.length));
  return { summary: summarize(latencies), avgTotal: avg(totals.slice(-queries.length)) };
}

function benchSize(n: number): void {
  const docs: BenchVacancy[] = generateVacancies(n, 42);
  const heapDocs = heapUsedMb();

  const engine = createSearchEngine<BenchVacancy>(BENCH_SCHEMA);
  const build = timeOnce(() => {
    engine.upsert(docs);
    engine.search({ q: 'warmup' }); // merges the sorted term view, part of building
  });
  const heapEngine = heapUsedMb();

  const mini = timeOnce(() => createMiniSearch(docs, BENCH_SCHEMA));
  const heapMini = heapUsedMb();
  const linear = timeOnce(() => createLinearScan(docs, BENCH_SCHEMA));
  const heapLinear = heapUsedMb();

  // Update cost: replace 1,000 existing documents (tombstones + appends).
  const replacements = generateVacancies(1000, 7).map((d, i) => ({ ...d, id: `vac-${(i * 97) % n}` }));
  const update = timeOnce(() => engine.upsert(replacements));

  console.log(`\n## N = ${n.toLocaleString('en')} documents`);
  console.log(`engine build ${fmt(build.ms / 1000)} s (${Math.round(n / (build.ms / 1000)).toLocaleString('en')} docs/s), ` +
    `index heap ${fmt(heapEngine - heapDocs, 1)} MB, heap used incl. docs ${fmt(heapEngine, 1)} MB, ` +
    `terms ${engine.stats().terms.toLocaleString('en')}; upsert 1,000 replacements ${fmt(update.ms, 1)} ms`);
  console.log(`minisearch build ${fmt(mini.ms / 1000)} s, heap ${fmt(heapMini - heapEngine, 1)} MB; ` +
    `linear scan prep ${fmt(linear.ms / 1000)} s, heap ${fmt(heapLinear - heapMini, 1)} MB`);
  console.log('\n| kind | engine p50 / p95 / p99 ms | linear scan p50 / p95 / p99 ms | MiniSearch p50 / p95 / p99 ms | avg total engine / linear / mini |');
  console.log('|---|---|---|---|---|');
  for (const kind of QUERY_KINDS) {
    const queries = generateQueryMix(kind, QUERIES, 1000 + QUERY_KINDS.indexOf(kind));
    const e = measure(queries, (q) => engine.search(q));
    const l = measure(queries.slice(0, LINEAR_QUERIES), (q) => linear.value.search(q));
    const m = TEXT_KINDS.includes(kind) ? measure(queries, (q) => mini.value.search(q)) : undefined;
    console.log(`| ${kind} | ${cell(e.summary)} | ${cell(l.summary)} | ${cell(m?.summary)} | ${e.avgTotal} / ${l.avgTotal} / ${m?.avgTotal ?? '-'} |`);
  }
}

console.log(`node ${process.version}, ${QUERIES} queries per kind (linear scan: ${Math.min(QUERIES, LINEAR_QUERIES)}), 50 warm-up queries each`);
for (const n of SIZES) benchSize(n);
