/**
 * Matching quality on labelled cases: precision@10 and nDCG@10 of the engine side by side with a
 * keyword-only baseline, over seeded demo data. Run: npx tsx test/quality/evaluate.ts
 */
import { pathToFileURL } from 'node:url';
import { loadTaxonomy, type Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { haversineKm, travelMinutes } from '@werkbrug/shared/region/geo';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { generateDataset } from '@werkbrug/seed';
import { createCatalog } from '@werkbrug/matching/matching/catalog';
import { createMatchingEngine } from '@werkbrug/matching/matching/engine';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import type { ProfileLike } from '@werkbrug/matching/matching/types';
import { qualityCases, type QualityCase } from './cases.ts';
import { keywordRank } from './keyword-baseline.ts';
import { ndcg, precisionAt } from './metrics.ts';

export interface CaseResult {
  name: string;
  seed: string;
  pool: number;
  engine: { p10: number; ndcg10: number; top: string[] };
  baseline: { p10: number; ndcg10: number; top: string[] };
}

export interface QualityReport {
  cases: CaseResult[];
  engine: { p10: number; ndcg10: number };
  baseline: { p10: number; ndcg10: number };
}

function occupationUri(taxonomy: Taxonomy, label: string): string {
  const o = taxonomy.occupations.find((x) => x.labelNl === label);
  if (!o) throw new Error(`Unknown occupation label in a quality case: ${label}`);
  return o.uri;
}

/**
 * The case as a filled-in profile: occupations by URI and, as people do, most (4 of 5) of their
 * essential skills ticked; free text stays free text for the engine to resolve.
 */
export function caseProfile(taxonomy: Taxonomy, c: QualityCase): ProfileLike {
  const occupations = c.occupations.map((o) => ({ occupationUri: occupationUri(taxonomy, o.label), years: o.years }));
  const skills = occupations.flatMap((o) => taxonomy.skillsOf(o.occupationUri).essential.filter((_, i) => i % 5 !== 4));
  return {
    occupations,
    skills: [...new Set(skills)],
    skillTexts: c.skillTexts ?? [],
    occupationTexts: c.occupationTexts ?? [],
    nlqfLevel: c.nlqfLevel,
    postcode: c.postcode,
    travel: c.travel,
    hoursMin: c.hours[0],
    hoursMax: c.hours[1],
    eligibleFunding: ['nl-leert-door', 'stap'],
  };
}

/** The hard filters, written independently of the engine: the pool both systems rank. */
export function candidatePool(vacancies: readonly Vacancy[], p: ProfileLike, today: string): Vacancy[] {
  const home = lookupPostcode(p.postcode);
  if (!home) throw new Error(`Unknown postcode ${p.postcode}`);
  return vacancies.filter(
    (v) =>
      v.status === 'open' &&
      v.validThrough >= today &&
      v.hoursMax >= 0.5 * p.hoursMin &&
      travelMinutes(haversineKm(home.lat, home.lon, v.location.lat, v.location.lon), p.travel.mode) <=
        p.travel.maxMinutes,
  );
}

export function evaluateQuality(seeds: readonly string[] = ['werkbrug-zkij', 'quality-2']): QualityReport {
  const taxonomy = loadTaxonomy();
  const lookup = createTaxonomyLookup(taxonomy);
  const results: CaseResult[] = [];
  for (const seed of seeds) {
    const data = generateDataset({ seed, profiles: 60 });
    const catalog = createCatalog(taxonomy);
    catalog.upsertVacancies(data.vacancies);
    catalog.upsertCourses(data.courses);
    const engine = createMatchingEngine({ taxonomy, catalog, lookup, today: () => data.referenceDate });
    for (const c of qualityCases) {
      const profile = caseProfile(taxonomy, c);
      const gainOf = (v: Vacancy) => c.relevant[taxonomy.occupationByUri.get(v.occupationUri)?.labelNl ?? ''] ?? 0;
      const pool = candidatePool(data.vacancies, profile, data.referenceDate);
      const poolGains = pool.map(gainOf);
      const result = engine.matchVacancies(profile, { first: 10, bridges: false });
      if (result.total !== pool.length)
        throw new Error(`${c.name}: engine admitted ${result.total}, hard filters give ${pool.length}`);
      const engineTop = result.matches.map((m) => m.vacancy);
      const resolved = result.resolution.resolved;
      const labels = [
        ...profile.occupations.map((o) => taxonomy.occupationByUri.get(o.occupationUri)!.labelNl),
        ...profile.skills.map((s) => taxonomy.skillByUri.get(s)!.labelNl),
        ...resolved.map((r) => r.labelNl),
      ];
      const baseTop = keywordRank(labels, pool, 10);
      const label = (v: Vacancy) => `${taxonomy.occupationByUri.get(v.occupationUri)?.labelNl}(${gainOf(v)})`;
      results.push({
        name: c.name,
        seed,
        pool: pool.length,
        engine: {
          p10: precisionAt(engineTop.map(gainOf), 10),
          ndcg10: ndcg(engineTop.map(gainOf), poolGains, 10),
          top: engineTop.map(label),
        },
        baseline: {
          p10: precisionAt(baseTop.map(gainOf), 10),
          ndcg10: ndcg(baseTop.map(gainOf), poolGains, 10),
          top: baseTop.map(label),
        },
      });
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    cases: results,
    engine: { p10: mean(results.map((r) => r.engine.p10)), ndcg10: mean(results.map((r) => r.engine.ndcg10)) },
    baseline: { p10: mean(results.map((r) => r.baseline.p10)), ndcg10: mean(results.map((r) => r.baseline.ndcg10)) },
  };
}

export function formatReport(r: QualityReport, verbose = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`${'case'.padEnd(62)} ${'seed'.padEnd(14)} pool   engine P@10 nDCG@10   baseline P@10 nDCG@10`];
  for (const c of r.cases) {
    lines.push(
      `${c.name.padEnd(62)} ${c.seed.padEnd(14)} ${String(c.pool).padStart(4)}   ${f(c.engine.p10)} ${f(c.engine.ndcg10)}       ${f(c.baseline.p10)} ${f(c.baseline.ndcg10)}`,
    );
    if (verbose) lines.push(`    engine:   ${c.engine.top.join(', ')}`, `    baseline: ${c.baseline.top.join(', ')}`);
  }
  lines.push(
    `mean over ${r.cases.length} case runs: engine P@10 ${f(r.engine.p10)} nDCG@10 ${f(r.engine.ndcg10)} | ` +
      `keyword baseline P@10 ${f(r.baseline.p10)} nDCG@10 ${f(r.baseline.ndcg10)}`,
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatReport(evaluateQuality(), process.argv.includes('--verbose')));
}
