import type { Store } from '../store/ports.ts';
import type { ReferenceData } from '../indexer/reference-data.ts';
import { createCatalog, type Catalog } from '../matching/model/catalog.ts';
import { createMatchingEngine, type MatchingEngine } from '../matching/engine.ts';
import { createTaxonomyLookup } from '../matching/profile/taxonomy-lookup.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';

/**
 * The matching engine over its own compact read model, filled from the store of record: what the
 * service builds when it matches in process, and what each matching worker builds for itself.
 */
export async function engineFromStore(
  store: Pick<Store, 'vacancies' | 'courses'>,
  { taxonomy, funding }: ReferenceData,
  today: () => string,
  /** The reader of what people type; made here when the caller has none to share. */
  lookup: TaxonomyLookup = createTaxonomyLookup(taxonomy),
): Promise<{ engine: MatchingEngine; catalog: Catalog }> {
  const catalog = createCatalog(taxonomy);
  for await (const batch of store.vacancies.scan(2000))
    catalog.upsertVacancies(batch.filter((v) => v.status === 'open'));
  for await (const batch of store.courses.scan(2000)) catalog.upsertCourses(batch.filter((c) => c.status === 'open'));
  const engine = createMatchingEngine({
    taxonomy,
    catalog,
    lookup,
    today,
    fundingSchemes: () => funding.all(),
  });
  return { engine, catalog };
}
