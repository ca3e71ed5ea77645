import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '../seed/generate.ts';
import { createCatalog } from '../../services/matching/src/matching/catalog.ts';
import { createMatchingEngine } from '../../services/matching/src/matching/engine.ts';
import { createTaxonomyLookup } from '../../services/matching/src/matching/taxonomy-lookup.ts';
import { qualityCases } from '../../test/quality/cases.ts';
import { caseProfile } from '../../test/quality/evaluate.ts';
const taxonomy = loadTaxonomy();
const d = generateDataset({ seed: 'quality-2', profiles: 60 });
const catalog = createCatalog(taxonomy); catalog.upsertVacancies(d.vacancies); catalog.upsertCourses(d.courses);
const engine = createMatchingEngine({ taxonomy, catalog, lookup: createTaxonomyLookup(taxonomy), today: () => d.referenceDate });
for (const name of process.argv.slice(2)) {
  const c = qualityCases.find((x) => x.name.startsWith(name))!;
  const r = engine.matchVacancies(caseProfile(taxonomy, c), { first: 500, bridges: false });
  console.log('==', c.name, JSON.stringify(r.resolution));
  const seen = new Map<string, number>();
  r.matches.forEach((m, i) => {
    const lab = taxonomy.occupationByUri.get(m.vacancy.occupationUri)!.labelNl;
    const n = seen.get(lab) ?? 0; seen.set(lab, n + 1);
    if (i < 12 || (n === 0 && (c.relevant[lab] ?? 0) >= 2)) console.log(i, m.score, lab, c.relevant[lab] ?? 0, m.explanation.components.map((x) => `${x.name}=${x.value.toFixed(2)}`).join(' '));
  });
}
