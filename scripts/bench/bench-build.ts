/**
 * The vacancy index build alone, as bench-national does it (same generator, chunks and ids), without
 * the matching catalog or the queries: for profiling the build (`node --cpu-prof`) and its memory.
 *   node --expose-gc --max-old-space-size=6144 --import tsx scripts/bench/bench-build.ts
 * BENCH_VACANCIES (200000). Prints CPU seconds of the build, documents per CPU second, heap and
 * resident memory after it.
 */
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '@werkbrug/seed';
import { createEmbeddedIndex } from '@werkbrug/matching/search/embedded-index';
import { cpuMs, heapMb } from './stats.ts';
import { loadavg } from 'node:os';

const total = Number(process.env.BENCH_VACANCIES ?? 200_000);
const chunk = 100_000;
const taxonomy = loadTaxonomy();
const referenceDate = generateDataset({ vacancies: 10, courses: 10, profiles: 40 }).referenceDate;
const index = createEmbeddedIndex({
  taxonomy,
  outlookOf: (s) => taxonomy.sectorByKey.get(s)!.outlook,
  today: () => referenceDate,
});
await index.prepare();
// Built as the service builds it at start (indexer/rebuild.ts): one rebuild fed in batches. The
// generator runs inside the load, so its CPU time is measured apart and subtracted.
let genCpu = 0;
let open = 0;
async function* load() {
  for (let done = 0; done < total; done += chunk) {
    const c = cpuMs();
    const size = Math.min(chunk, total - done);
    const data = generateDataset({ vacancies: size, courses: 10, profiles: 200, seed: `national-${done / chunk}` });
    const vacancies = data.vacancies.map((v) => ({ ...v, id: v.id.replace('vac_demo-', `vac_n${done / chunk}-`) }));
    open += vacancies.filter((v) => v.status === 'open').length;
    genCpu += cpuMs() - c;
    for (let i = 0; i < vacancies.length; i += 5000) yield vacancies.slice(i, i + 5000);
  }
}
const t = performance.now();
const c = cpuMs();
await index.rebuild('vacancy', load);
const cpu = cpuMs() - c - genCpu;
const wall = performance.now() - t;
const rss = process.memoryUsage().rss / 1048576;
console.log(
  `build of ${open.toLocaleString('en')} open vacancies: ${(cpu / 1000).toFixed(1)} s CPU, ${(wall / 1000).toFixed(1)} s wall with generation, ${Math.round(open / (cpu / 1000)).toLocaleString('en')} docs per CPU second`,
);
const first = await index.searchVacancies({ text: 'verpleegkundige', offset: 0, limit: 20 });
console.log(`  first search total ${first.totalCount}`);
console.log(`  memory after build: heap ${heapMb().toFixed(0)} MB, resident ${rss.toFixed(0)} MB`);
await new Promise((resolve) => setTimeout(resolve, 2000));
console.log(`  resident after a full collection and 2 s: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
console.log(
  `  load average (2 cores): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
