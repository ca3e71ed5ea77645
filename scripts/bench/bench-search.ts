/**
 * Search benchmark on the product's own seeded data: builds the embedded index (through the search
 * port, as the service does) for 10,000 and 100,000 vacancies and prints build rate, heap, and
 * p50/p95/p99 per query kind, side by side with a linear scan of the same data in the same run.
 *   node --expose-gc --import tsx scripts/bench/bench-search.ts
 * Sizes: BENCH_SIZES=10000,100000. Queries per kind: BENCH_QUERIES (default 500).
 */
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { haversineKm } from '@werkbrug/shared/region/geo';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { generateDataset } from '@werkbrug/seed';
import { createRandom } from '@werkbrug/seed/random';
import { createEmbeddedIndex } from '@werkbrug/matching/search/embedded-index';
import { createVacancySearch } from '@werkbrug/matching/search/vacancy-search';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import { regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import { postcodeAreas } from '@werkbrug/shared/region/postcodes';
import type { Random } from '@werkbrug/seed/random';
import type { VacancyFacet } from '@werkbrug/matching/search/port';
import type { Query } from './query-mix.ts';
import { heapMb, measure, ms, type Summary } from './stats.ts';
import { queryMix } from './query-mix.ts';

const taxonomy = loadTaxonomy();
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const perKind = Number(process.env.BENCH_QUERIES ?? 500);
const reader = createTaxonomyLookup(taxonomy);

/** Job titles typed alone, as employers write them, through the search that reads a title (half with a radius). */
function titleQueries(random: Random): Query[] {
  const titles = regionalOccupations.flatMap((r) => [r.labelNl, ...r.titleVariants]);
  const near = () => {
    const a = random.pick(postcodeAreas.filter((p) => p.inRegion));
    return { lat: a.lat, lon: a.lon, radiusKm: 10 };
  };
  return Array.from({ length: perKind }, () => ({
    offset: 0,
    limit: 20,
    text: random.pick(titles),
    facets: ['sector'] as VacancyFacet[],
    ...(random.chance(0.5) ? { near: near() } : {}),
  }));
}

/** The baseline: every document checked in turn (substring on the searchable text, the same filters). */
function linearScan(docs: readonly { v: Vacancy; text: string }[], q: Query): number {
  const needles = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  let hits = 0;
  const facets = new Map<string, number>();
  for (const { v, text } of docs) {
    if (!needles.every((n) => text.includes(n))) continue;
    const f = q.filter;
    if (f?.sectors && !f.sectors.includes(v.sector)) continue;
    if (f?.levelMax !== undefined && v.nlqfLevel > f.levelMax) continue;
    if (f?.contractTypes && !f.contractTypes.includes(v.contractType)) continue;
    if (q.near && haversineKm(q.near.lat, q.near.lon, v.location.lat, v.location.lon) > (q.near.radiusKm ?? Infinity))
      continue;
    hits++;
    if (q.facets)
      for (const field of q.facets)
        facets.set(`${field}:${String((v as never)[field] ?? v.sector)}`, (facets.get(field) ?? 0) + 1);
  }
  return hits;
}

async function run(size: number) {
  const data = generateDataset({ vacancies: size, courses: 10, profiles: 10 });
  const open = data.vacancies.filter((v) => v.status === 'open');
  const before = heapMb();
  const index = createEmbeddedIndex({
    taxonomy,
    outlookOf: (s) => taxonomy.sectorByKey.get(s)!.outlook,
    today: () => data.referenceDate,
  });
  const started = performance.now();
  for (let i = 0; i < open.length; i += 5000) await index.upsertVacancies(open.slice(i, i + 5000));
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  const label = (uri: string) => {
    const s = taxonomy.skillByUri.get(uri);
    return s ? `${s.labelNl} ${s.synonymsNl.join(' ')}` : '';
  };
  const scanDocs = open.map((v) => ({
    v,
    text: `${v.title} ${v.employerName} ${v.description} ${[...v.essentialSkills, ...v.optionalSkills].map(label).join(' ')}`.toLowerCase(),
  }));
  console.log(`\n${open.length.toLocaleString('en')} open vacancies (of ${size.toLocaleString('en')} generated)`);
  console.log(
    `  build: ${(buildMs / 1000).toFixed(1)} s, ${Math.round(open.length / (buildMs / 1000)).toLocaleString('en')} docs/s; heap for the index: ${heap.toFixed(0)} MB`,
  );
  console.log(
    `  ${'kind'.padEnd(9)} ${'engine p50'.padStart(12)} ${'p95'.padStart(10)} ${'p99'.padStart(10)}   ${'scan p50'.padStart(10)} ${'p95'.padStart(10)}   speed-up p95`,
  );
  const mix = queryMix(createRandom(`bench-${size}`), perKind);
  const reading = createVacancySearch({ search: index, reader, taxonomy });
  const titled: Summary = await measure(titleQueries(createRandom(`titles-${size}`)), (q) => reading(q));
  console.log(
    `  ${'title'.padEnd(9)} ${ms(titled.p50).padStart(12)} ${ms(titled.p95).padStart(10)} ${ms(titled.p99).padStart(10)}   (a job title read first: occupation tiers, then text; half within 10 km; sector facet)`,
  );
  for (const [kind, list] of Object.entries(mix)) {
    const engine: Summary = await measure(list, (q) => index.searchVacancies(q));
    const scan: Summary = await measure(
      list.slice(0, Math.min(list.length, size > 20_000 ? 60 : 200)),
      (q) => linearScan(scanDocs, q),
      5,
    );
    console.log(
      `  ${kind.padEnd(9)} ${ms(engine.p50).padStart(12)} ${ms(engine.p95).padStart(10)} ${ms(engine.p99).padStart(10)}   ${ms(scan.p50).padStart(10)} ${ms(scan.p95).padStart(10)}   ${(scan.p95 / engine.p95).toFixed(0)}×`,
    );
  }
}

console.log(`Search benchmark, Node ${process.version}, ${perKind} queries per kind (linear scan: a sample of them)`);
for (const size of sizes) await run(size);
