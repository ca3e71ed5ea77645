import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { generateDataset } from '../seed/generate.ts';
import { createCatalog } from '../../services/matching/src/matching/catalog.ts';
import { createModel } from '../../services/matching/src/matching/model.ts';
import { resolveProfile } from '../../services/matching/src/matching/resolve.ts';
import { buildPerson } from '../../services/matching/src/matching/person.ts';
import { compileFilter, createScoreState, makeAdmitter, rankVacancies } from '../../services/matching/src/matching/score.ts';
import { createTaxonomyLookup } from '../../services/matching/src/matching/taxonomy-lookup.ts';
import { dayNumber } from '../../services/matching/src/matching/days.ts';
const taxonomy = loadTaxonomy();
const d = generateDataset({ vacancies: 100000, courses: 100, profiles: 300 });
const catalog = createCatalog(taxonomy);
catalog.upsertVacancies(d.vacancies);
const model = createModel(taxonomy, catalog, createTaxonomyLookup(taxonomy));
const ps = d.profiles.map(p => ({...p, travel: {mode: 'auto' as const, maxMinutes: 45}}));
const states = ps.map(p => { const r = resolveProfile(p, taxonomy, model.lookup); return createScoreState(model, r, buildPerson(model, r), { today: dayNumber(d.referenceDate) })!; });
const f = compileFilter(undefined, false, model);
const hw = catalog.vacancies.highWater;
for (let r = 0; r < 4; r++) {
  let t = performance.now(); let x = 0;
  for (const s of states) { const a = makeAdmitter(s, f); for (let i = 0; i < hw; i++) x += a(i); }
  const ta = (performance.now() - t) / states.length;
  t = performance.now();
  for (const s of states) { const e = s.evaluate; for (let i = 0; i < hw; i++) x += e(i, 20, null); }
  const te = (performance.now() - t) / states.length;
  t = performance.now();
  for (const s of states) rankVacancies(s, f, 20);
  const tr = (performance.now() - t) / states.length;
  t = performance.now();
  for (const p of ps) { const r = resolveProfile(p, taxonomy, model.lookup); createScoreState(model, r, buildPerson(model, r), { today: 1 }); }
  const tp = (performance.now() - t) / states.length;
  console.log('admit', ta.toFixed(2), 'eval', te.toFixed(2), 'rank', tr.toFixed(2), 'prepare', tp.toFixed(2), x > 0);
}
