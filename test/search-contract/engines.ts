import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createEmbeddedIndex } from '@werkbrug/matching/search/embedded-index';
import { createMeilisearchIndex } from '@werkbrug/matching/search/meilisearch-index';
import type { SearchIndex } from '@werkbrug/matching/search/port';

export const contractToday = '2026-11-16';

export interface EngineUnderTest {
  name: string;
  /** Why this engine is skipped here, or null when it runs. */
  skipReason: string | null;
  create(): SearchIndex;
}

const taxonomy = loadTaxonomy();
const outlookOf = (s: Parameters<typeof taxonomy.sectorByKey.get>[0]) => taxonomy.sectorByKey.get(s)!.outlook;

/** The engines the contract runs against: always the embedded one, Meilisearch when MEILI_URL is set. */
export const engines: EngineUnderTest[] = [
  {
    name: 'embedded',
    skipReason: null,
    create: () => createEmbeddedIndex({ taxonomy, outlookOf, today: () => contractToday }),
  },
  {
    name: 'meilisearch',
    skipReason: process.env.MEILI_URL
      ? null
      : 'MEILI_URL is not set, so the Meilisearch contract run is skipped (set MEILI_URL and MEILI_API_KEY to run it)',
    create: () =>
      createMeilisearchIndex({
        url: process.env.MEILI_URL!,
        apiKey: process.env.MEILI_API_KEY,
        prefix: `contract_${process.pid}_${Date.now()}`,
        timeoutMs: 10_000,
        taxonomy,
        outlookOf,
        today: () => contractToday,
      }),
  },
];
