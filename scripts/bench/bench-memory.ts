/**
 * Live heap of each part of a matching thread, built the way the service builds them: the taxonomy,
 * the title reader, the skill reader, then the catalog and engine over the seeded demo size (2,400
 * vacancies, 360 courses) after five typed profiles. Each figure is the growth of the heap after a full
 * garbage collection, so parse-time garbage does not count. Every matching thread (the worker, or the
 * main thread with MATCH_WORKERS=0) holds all of them; the main thread of the service with workers holds
 * the taxonomy and the readers. Run: npx tsx scripts/bench/bench-memory.ts
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const parts: [string, number][] = [];
let last = heapMb();
const step = (label: string) => {
  const now = heapMb();
  parts.push([label, now - last]);
  last = now;
};

// Imported here, not above, so the data files' parsing counts under the taxonomy.
const { loadTaxonomy } = await import('@werkbrug/shared/taxonomy/catalog');
const taxonomy = loadTaxonomy();
step('taxonomy (occupations, skills, relations)');
await import('@werkbrug/shared/taxonomy/lexicon');
step('lexicon (curated readings, certificates, regional occupations)');
const { createTaxonomyLookup } = await import('@werkbrug/matching/matching/taxonomy-lookup');
const { createCatalog } = await import('@werkbrug/matching/matching/catalog');
const { createMatchingEngine } = await import('@werkbrug/matching/matching/engine');
const { generateDataset } = await import('@werkbrug/seed');
step('code of the service (and the seed generator)');
const data = generateDataset({ vacancies: 2400, courses: 360, profiles: 10, seed: 'bench-memory' });
step('(the generated demo data itself, not part of the service)');
const reader = createTaxonomyLookup(taxonomy);
reader.title('stewardess KLM');
step('title reader');
reader.skill('eerste hulp');
step('skill reader');
const catalog = createCatalog(taxonomy);
catalog.upsertVacancies(data.vacancies);
catalog.upsertCourses(data.courses);
step('catalog (2,400 vacancies, 360 courses)');
const engine = createMatchingEngine({ taxonomy, catalog, lookup: reader, today: () => data.referenceDate });
const typed = [
  ['stewardess KLM', 'eerste hulp'],
  ['operator hoogovens', 'heftruckcertificaat'],
  ['kok', 'HACCP'],
  ['verpleegkundige', 'wondzorg'],
  ['orderpicker', 'VCA'],
] as const;
for (const [title, skill] of typed)
  engine.matchVacancies(
    {
      ...data.profiles[0]!,
      occupations: [],
      skills: [],
      typedOccupations: [{ text: title, years: 5 }],
      skillTexts: [skill],
    },
    { first: 10 },
  );
step('engine after 5 typed profiles (model, relatedness, transitions)');

for (const [label, mb] of parts) console.log(`${label.padEnd(64)} ${mb.toFixed(1).padStart(6)} MB`);
console.log(`${'live heap of one matching thread'.padEnd(64)} ${last.toFixed(1).padStart(6)} MB`);
