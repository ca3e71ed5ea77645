/**
 * Matching latency, in process: build time of the catalog and the engine, then p50/p95/p99 of matching
 * one profile over >= 200 different seeded profiles, at 10k and 100k vacancies with 10k courses,
 * without and with bridges for the top 20. Run: npx tsx scripts/bench/bench-matching.ts
 * Budget (ARCHITECTURE / brief): <= 25 ms p95 at 100k on a 2-core machine.
 */
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '@werkbrug/seed';
import { createCatalog } from '@werkbrug/matching/matching/catalog';
import { createMatchingEngine, type MatchingEngine } from '@werkbrug/matching/matching/engine';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import { buildRelatedness } from '@werkbrug/matching/matching/relatedness';
import { createTransitions } from '@werkbrug/matching/matching/transitions';

const profilesPerRun = Number(process.env.BENCH_PROFILES ?? 250);
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(label: string, profiles: readonly Profile[], run: (p: Profile) => unknown): void {
  for (const p of profiles.slice(0, 50)) run(p); // warm-up: let V8 optimise the loops first
  const times: number[] = [];
  for (const p of profiles) {
    const t = performance.now();
    run(p);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(
    `  ${label.padEnd(34)} p50 ${f(percentile(times, 50))} ms  p95 ${f(percentile(times, 95))} ms  p99 ${f(percentile(times, 99))} ms  (n=${times.length})`,
  );
}

const taxonomy = loadTaxonomy();
const lookup = createTaxonomyLookup(taxonomy);

// Occupation transitions are computed per held occupation on first use (model/transitions.ts).
{
  let t = performance.now();
  const rel = buildRelatedness(taxonomy);
  const relMs = performance.now() - t;
  const transitions = createTransitions(taxonomy, rel);
  const n = Math.min(200, transitions.size);
  t = performance.now();
  for (let i = 0; i < n; i++) transitions.row(Math.floor((i * transitions.size) / n));
  const rowMs = (performance.now() - t) / n;
  console.log(
    `taxonomy: ${taxonomy.occupations.length.toLocaleString('en')} occupations, ${taxonomy.skills.length.toLocaleString('en')} skills; ` +
      `relatedness ${relMs.toFixed(0)} ms once; a transition row ${rowMs.toFixed(2)} ms on first use ` +
      `(${((transitions.size * 4) / 1024).toFixed(1)} KiB each, the last 512 kept)`,
  );
}
for (const vacancies of sizes) {
  let t = performance.now();
  const data = generateDataset({ vacancies, courses: 10_000, profiles: profilesPerRun, seed: `bench-${vacancies}` });
  const genMs = performance.now() - t;
  t = performance.now();
  const catalog = createCatalog(taxonomy);
  catalog.upsertVacancies(data.vacancies);
  catalog.upsertCourses(data.courses);
  const catalogMs = performance.now() - t;
  t = performance.now();
  const engine: MatchingEngine = createMatchingEngine({ taxonomy, catalog, lookup, today: () => data.referenceDate });
  const engineMs = performance.now() - t;
  t = performance.now();
  const changed = data.vacancies
    .slice(0, 1000)
    .map((v) => ({ ...v, version: v.version + 1, hoursMax: Math.min(60, v.hoursMax + 1) }));
  catalog.upsertVacancies(changed);
  const updateMs = performance.now() - t;
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  console.log(
    `${vacancies.toLocaleString('en')} vacancies + ${data.courses.length.toLocaleString('en')} courses: generate ${genMs.toFixed(0)} ms, ` +
      `catalog ${catalogMs.toFixed(0)} ms, engine ${engineMs.toFixed(0)} ms (relatedness once per taxonomy), 1,000 updates ${updateMs.toFixed(1)} ms, heap ${heapMb.toFixed(0)} MB`,
  );
  const profiles = data.profiles;
  let total = 0;
  measure(
    'matchVacancies first=20',
    profiles,
    (p) => (total += engine.matchVacancies(p, { first: 20, bridges: false }).total),
  );
  measure('matchVacancies first=20 + bridges', profiles, (p) => engine.matchVacancies(p, { first: 20, bridges: true }));
  measure('  (the same, first=10)', profiles, (p) => engine.matchVacancies(p, { first: 10, bridges: true }));
  measure('careerPaths first=10', profiles, (p) => engine.careerPaths(p, { first: 10 }));
  measure('matchCourses (profile) first=10', profiles, (p) => engine.matchCourses(p, { first: 10 }));
  console.log(`  mean candidates after hard filters: ${(total / (profiles.length + 50)).toFixed(0)}`);
}
