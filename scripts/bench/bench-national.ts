/**
 * National scale, in process: 1,000,000 vacancies and 50,000 courses in the embedded search index and
 * the matching catalog, as one service instance holds them. Prints the index build time, search
 * p50/p95/p99 per query kind, matching p50/p95/p99, heap and resident memory.
 *   node --expose-gc --max-old-space-size=6144 --import tsx scripts/bench/bench-national.ts
 * BENCH_VACANCIES (1000000), BENCH_COURSES (50000), BENCH_QUERIES per kind (300), BENCH_PROFILES (250);
 * BENCH_HEAP_SNAPSHOT=<file> writes a heap snapshot after the build.
 * BENCH_LAYOUT=national (default) places each chunk of 100,000 around another Dutch city (the seed
 * generator knows only this region's postcodes, so chunk k is the region moved to city k: names stay,
 * coordinates move); BENCH_LAYOUT=region keeps all of them in Zuid-Kennemerland, the worst case for
 * matching (every vacancy within cycling distance of the profiles).
 * The data comes from the seed generator in chunks of 100,000 with their own seeds (the service too
 * loads the store in batches and keeps no vacancy objects), so the generator's objects never all live
 * at once; generating is not counted in the build time.
 */
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '@werkbrug/seed';
import { createRandom } from '@werkbrug/seed/random';
import { createEmbeddedIndex } from '@werkbrug/matching/search/embedded-index';
import { createCatalog } from '@werkbrug/matching/matching/catalog';
import { createMatchingEngine } from '@werkbrug/matching/matching/engine';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import { cpuMs, heapMb, measureBoth, ms } from './stats.ts';
import { loadavg } from 'node:os';
import { writeHeapSnapshot } from 'node:v8';
import { queryMix } from './query-mix.ts';
import { moveToCity } from './national-layout.ts';

const total = Number(process.env.BENCH_VACANCIES ?? 1_000_000);
const courses = Number(process.env.BENCH_COURSES ?? 50_000);
const perKind = Number(process.env.BENCH_QUERIES ?? 300);
const profileCount = Number(process.env.BENCH_PROFILES ?? 250);
const chunk = 100_000;
const layout = process.env.BENCH_LAYOUT ?? 'national';
const moved = <T extends { location: { lat: number; lon: number } }>(v: T, k: number): T =>
  layout === 'national' ? moveToCity(v, k) : v;
const taxonomy = loadTaxonomy();
const referenceDate = generateDataset({ vacancies: 10, courses: 10, profiles: 40 }).referenceDate;
const rssMb = () => process.memoryUsage().rss / 1048576;

const index = createEmbeddedIndex({
  taxonomy,
  outlookOf: (s) => taxonomy.sectorByKey.get(s)!.outlook,
  today: () => referenceDate,
});
await index.prepare();
const catalog = createCatalog(taxonomy);
const ids = new Set<string>();
let catalogMs = 0;
let open = 0;
// The vacancy index is built as the service builds it at start (indexer/rebuild.ts): one rebuild fed
// in batches of 5,000. Generating the data and filling the matching catalog happen inside the load,
// so their wall and CPU time are measured there and subtracted from the rebuild's.
let outsideMs = 0;
let outsideCpu = 0;
async function* vacancyLoad() {
  for (let done = 0; done < total; done += chunk) {
    const t = performance.now();
    const c = cpuMs();
    const size = Math.min(chunk, total - done);
    const data = generateDataset({ vacancies: size, courses: 10, profiles: 200, seed: `national-${done / chunk}` });
    // The generator numbers vacancies from 1 in every chunk: give each chunk its own ids.
    const vacancies = data.vacancies
      .filter((v) => v.status === 'open')
      .map((v) => moved({ ...v, id: v.id.replace('vac_demo-', `vac_n${done / chunk}-`) }, done / chunk));
    for (const v of data.vacancies) ids.add(v.id.replace('vac_demo-', `vac_n${done / chunk}-`));
    const tc = performance.now();
    catalog.upsertVacancies(vacancies);
    catalogMs += performance.now() - tc;
    open += vacancies.length;
    outsideMs += performance.now() - t;
    outsideCpu += cpuMs() - c;
    for (let i = 0; i < vacancies.length; i += 5000) yield vacancies.slice(i, i + 5000);
    process.stdout.write(
      `  ${(done + size).toLocaleString('en')} generated, ${open.toLocaleString('en')} open indexed\r`,
    );
  }
}
const started = performance.now();
const rebuildCpu = cpuMs();
await index.rebuild('vacancy', vacancyLoad);
const indexCpu = cpuMs() - rebuildCpu - outsideCpu;
const indexMs = performance.now() - started - outsideMs;
if (ids.size !== total) throw new Error(`chunks share ids: ${ids.size} distinct of ${total}`);
ids.clear();
const courseData = generateDataset({ vacancies: 10, courses, profiles: profileCount, seed: 'national-courses' });
let t = performance.now();
const openCourses = courseData.courses.filter((c) => c.status === 'open');
await index.rebuild('course', async function* () {
  for (let i = 0; i < openCourses.length; i += 5000) yield openCourses.slice(i, i + 5000);
});
const courseIndexMs = performance.now() - t;
t = performance.now();
catalog.upsertCourses(openCourses);
catalogMs += performance.now() - t;
const wall = performance.now() - started;
const lookup = createTaxonomyLookup(taxonomy);
t = performance.now();
const engine = createMatchingEngine({ taxonomy, catalog, lookup, today: () => referenceDate });
const engineMs = performance.now() - t;
const profiles = courseData.profiles;

console.log(
  `\nNational scale (${layout} layout), Node ${process.version}: ${open.toLocaleString('en')} open vacancies (of ${total.toLocaleString('en')}), ${openCourses.length.toLocaleString('en')} open courses`,
);
console.log(
  `  index build: vacancies ${(indexMs / 1000).toFixed(1)} s wall, ${(indexCpu / 1000).toFixed(1)} s CPU (${Math.round(open / (indexCpu / 1000)).toLocaleString('en')} docs per CPU second), courses ${(courseIndexMs / 1000).toFixed(1)} s; matching catalog ${(catalogMs / 1000).toFixed(1)} s; engine ${(engineMs / 1000).toFixed(1)} s; wall with generation ${(wall / 1000).toFixed(0)} s`,
);
console.log(`  memory after build: heap ${heapMb().toFixed(0)} MB, resident ${rssMb().toFixed(0)} MB`);
// Array buffers freed by that collection (old postings after trim()) are released shortly after it.
await new Promise((resolve) => setTimeout(resolve, 2000));
console.log(`  resident after a full collection and 2 s: ${rssMb().toFixed(0)} MB`);
// BENCH_HEAP_SNAPSHOT=file.heapsnapshot: what the heap holds after the build (open it in Chrome's DevTools).
if (process.env.BENCH_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT);
console.log(
  `  load average of the machine (2 cores): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
type Both = Awaited<ReturnType<typeof measureBoth>>;
const row = (label: string, r: Both) =>
  console.log(
    `  ${label.padEnd(34)} wall p50 ${ms(r.wall.p50).padStart(9)} p95 ${ms(r.wall.p95).padStart(9)} p99 ${ms(r.wall.p99).padStart(9)} | CPU p50 ${ms(r.cpu.p50).padStart(9)} p95 ${ms(r.cpu.p95).padStart(9)} p99 ${ms(r.cpu.p99).padStart(9)}`,
  );
for (const [kind, list] of Object.entries(queryMix(createRandom('bench-national'), perKind))) {
  row(`search ${kind}`, await measureBoth(list, (q) => index.searchVacancies(q)));
}
let candidates = 0;
row(
  'matchVacancies first=20',
  await measureBoth(profiles, (p) => {
    candidates += engine.matchVacancies(p, { first: 20, bridges: false }).total;
  }),
);
console.log(
  `  (mean candidates after hard filters: ${Math.round(candidates / (profiles.length + 50)).toLocaleString('en')})`,
);
row(
  'matchVacancies first=20 + bridges',
  await measureBoth(profiles, (p) => engine.matchVacancies(p, { first: 20, bridges: true })),
);
console.log(
  `  load average of the machine (2 cores): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `  memory at the end: heap ${heapMb().toFixed(0)} MB, resident ${rssMb().toFixed(0)} MB (peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
);
