import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '../seed/generate.ts';
import { createCatalog } from '../../services/matching/src/matching/catalog.ts';
import { createMatchingEngine } from '../../services/matching/src/matching/engine.ts';
import { createTaxonomyLookup } from '../../services/matching/src/matching/taxonomy-lookup.ts';
const taxonomy = loadTaxonomy();
const d = generateDataset({ vacancies: 100000, courses: 10000, profiles: 300 });
const catalog = createCatalog(taxonomy);
catalog.upsertVacancies(d.vacancies); catalog.upsertCourses(d.courses);
const engine = createMatchingEngine({ taxonomy, catalog, lookup: createTaxonomyLookup(taxonomy), today: () => d.referenceDate });
const ps = d.profiles.map(p => ({...p, travel: {mode: 'auto' as const, maxMinutes: 45}}));
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  for (const p of ps) engine.matchVacancies(p, { first: 20, bridges: false });
  console.log('per profile all-admitted', ((performance.now() - t) / ps.length).toFixed(2));
}
