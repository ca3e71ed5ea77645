import { loadTaxonomy, type Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { generateDataset, type Dataset } from '@werkbrug/seed';
import { createCatalog, type Catalog } from '../matching/model/catalog.ts';
import { createMatchingEngine, type MatchingEngine } from '../matching/engine.ts';
import { createTaxonomyLookup } from '../matching/profile/taxonomy-lookup.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';
import type { ProfileLike } from '../matching/model/types.ts';

/**
 * Real data for the engine's tests: the taxonomy and the deterministic seed generator, no mocks.
 * One dataset per size and seed per test file (module cache), because generating and indexing
 * takes about a second.
 */
export interface Seeded {
  taxonomy: Taxonomy;
  data: Dataset;
  catalog: Catalog;
  lookup: TaxonomyLookup;
  engine: MatchingEngine;
}

const cache = new Map<string, Seeded>();

export function seeded(
  options: { vacancies?: number; courses?: number; profiles?: number; seed?: string } = {},
): Seeded {
  const key = JSON.stringify(options);
  const hit = cache.get(key);
  if (hit) return hit;
  const taxonomy = loadTaxonomy();
  const data = generateDataset({ vacancies: 2400, courses: 360, profiles: 120, ...options });
  const catalog = createCatalog(taxonomy);
  catalog.upsertVacancies(data.vacancies);
  catalog.upsertCourses(data.courses);
  const lookup = createTaxonomyLookup(taxonomy);
  const engine = createMatchingEngine({ taxonomy, catalog, lookup, today: () => data.referenceDate });
  const s = { taxonomy, data, catalog, lookup, engine };
  cache.set(key, s);
  return s;
}

export function occupationUri(taxonomy: Taxonomy, labelNl: string): string {
  const o = taxonomy.occupations.find((x) => x.labelNl === labelNl);
  if (!o) throw new Error(`No occupation ${labelNl}`);
  return o.uri;
}

/** An anonymous inline profile: what a visitor fills in without an account. */
export function inlineProfile(overrides: Partial<ProfileLike> = {}): ProfileLike {
  return {
    occupations: [],
    skills: [],
    nlqfLevel: 3,
    postcode: '2011',
    travel: { mode: 'fiets', maxMinutes: 30 },
    hoursMin: 24,
    hoursMax: 40,
    ...overrides,
  };
}

/** A seeded profile with its identity stripped, as the engine's API takes it. */
export function withoutIds(p: Profile): ProfileLike {
  const { id: _id, userId: _u, adviserId: _a, ...rest } = p;
  return rest;
}

/**
 * An engine over the seeded taxonomy, courses and a changed copy of the seeded vacancies (`change`
 * may set fields such as openToStarters or requiredCertificates the seed does not vary), for tests
 * that need vacancies of a certain kind without touching the shared seeded engine.
 */
export function engineWith(change: (v: Vacancy, i: number) => Vacancy, options: Parameters<typeof seeded>[0] = {}) {
  const base = seeded(options);
  const catalog = createCatalog(base.taxonomy);
  const vacancies = base.data.vacancies.map(change);
  catalog.upsertVacancies(vacancies);
  catalog.upsertCourses(base.data.courses);
  const engine = createMatchingEngine({
    taxonomy: base.taxonomy,
    catalog,
    lookup: base.lookup,
    today: () => base.data.referenceDate,
  });
  return { ...base, catalog, engine, vacancies };
}
