/**
 * Matching alone, with what it returned: times matchVacancies (without and with bridges), careerPaths and
 * matchCourses over seeded profiles, and writes every answer to a file, so a change to the matching code
 * can be checked to return byte for byte the same (`cmp` the files of two runs) and timed on the same data.
 *   node --expose-gc --max-old-space-size=6144 --import tsx scripts/bench/bench-matching-check.ts
 * CHECK_DATA=bench (default): the data of bench-matching.ts at CHECK_VACANCIES (100000) with 10,000 courses.
 * CHECK_DATA=national: the data of bench-national.ts (CHECK_VACANCIES 1000000 in chunks of 100,000 around ten
 * cities, 50,000 courses), without building the search index, so it runs in about two minutes.
 * CHECK_PROFILES (250), CHECK_OUT (a file for the answers, JSON lines; none when absent), CHECK_KINDS (all
 * four: plain,bridges,paths,courses).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import { generateDataset } from '@werkbrug/seed';
import { createCatalog } from '@werkbrug/matching/matching/catalog';
import { createMatchingEngine, type MatchingEngine } from '@werkbrug/matching/matching/engine';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import { measureBoth, ms } from './stats.ts';
import { moveToCity } from './national-layout.ts';

const data = process.env.CHECK_DATA ?? 'bench';
const total = Number(process.env.CHECK_VACANCIES ?? (data === 'national' ? 1_000_000 : 100_000));
const profileCount = Number(process.env.CHECK_PROFILES ?? 250);
const kinds = new Set((process.env.CHECK_KINDS ?? 'plain,bridges,paths,courses').split(','));
const out = process.env.CHECK_OUT;

const taxonomy = loadTaxonomy();
const catalog = createCatalog(taxonomy);
let profiles: Profile[];
let referenceDate: string;
if (data === 'national') {
  referenceDate = generateDataset({ vacancies: 10, courses: 10, profiles: 40 }).referenceDate;
  for (let done = 0; done < total; done += 100_000) {
    const k = done / 100_000;
    const size = Math.min(100_000, total - done);
    const chunk = generateDataset({ vacancies: size, courses: 10, profiles: 200, seed: `national-${k}` });
    catalog.upsertVacancies(
      chunk.vacancies
        .filter((v) => v.status === 'open')
        .map((v) => ({ ...moveToCity(v, k), id: v.id.replace('vac_demo-', `vac_n${k}-`) })),
    );
  }
  const courseData = generateDataset({
    vacancies: 10,
    courses: 50_000,
    profiles: profileCount,
    seed: 'national-courses',
  });
  catalog.upsertCourses(courseData.courses.filter((c) => c.status === 'open'));
  profiles = courseData.profiles;
} else {
  const d = generateDataset({ vacancies: total, courses: 10_000, profiles: profileCount, seed: `bench-${total}` });
  catalog.upsertVacancies(d.vacancies);
  catalog.upsertCourses(d.courses);
  profiles = d.profiles;
  referenceDate = d.referenceDate;
}
const engine: MatchingEngine = createMatchingEngine({
  taxonomy,
  catalog,
  lookup: createTaxonomyLookup(taxonomy),
  today: () => referenceDate,
});

const calls: [string, (p: Profile) => unknown][] = [
  ['plain', (p) => engine.matchVacancies(p, { first: 20, bridges: false })],
  ['bridges', (p) => engine.matchVacancies(p, { first: 20, bridges: true })],
  ['paths', (p) => engine.careerPaths(p, { first: 10 })],
  ['courses', (p) => engine.matchCourses(p, { first: 10 })],
];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`${data}: ${total.toLocaleString('en')} vacancies, ${profiles.length} profiles; load ${load()}`);
for (const [kind, run] of calls) {
  if (!kinds.has(kind)) continue;
  const r = await measureBoth(profiles, run);
  console.log(
    `  ${kind.padEnd(8)} wall p50 ${ms(r.wall.p50).padStart(9)} p95 ${ms(r.wall.p95).padStart(9)} | CPU p50 ${ms(r.cpu.p50).padStart(9)} p95 ${ms(r.cpu.p95).padStart(9)} p99 ${ms(r.cpu.p99).padStart(9)}`,
  );
}
console.log(`  load average after: ${load()}`);
if (out) {
  // Every answer once more, in a fresh order of calls per profile, so caches kept between requests show too.
  const lines: string[] = [];
  for (const p of profiles)
    for (const [kind, run] of calls) if (kinds.has(kind)) lines.push(JSON.stringify({ kind, answer: run(p) }));
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`  ${lines.length} answers written to ${out}`);
}
