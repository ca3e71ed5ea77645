import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import type { Config } from '../env.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import { createEmbeddedIndex } from './embedded-index.ts';
import { createFallbackIndex } from './fallback-index.ts';
import { createMeilisearchIndex } from './meilisearch/meilisearch-index.ts';
import type { SearchIndex } from './port.ts';

export interface SearchSetup {
  index: SearchIndex;
  /** The in-process copy: the whole index without Meilisearch, the fallback with it. */
  embedded: SearchIndex;
  /** True when the embedded copy is the only index, so a rebuild at start covers everything. */
  embeddedOnly: boolean;
  /** The index every instance shares (Meilisearch), which only the relay's leader writes; null without one. */
  shared: SearchIndex | null;
}

export function createSearchSetup(
  config: Config,
  taxonomy: TaxonomyService,
  today: () => string,
  log: (msg: string) => void,
  fundingSchemes?: () => readonly FundingSchemeData[],
): SearchSetup {
  const embedded = createEmbeddedIndex({ taxonomy, outlookOf: (s) => taxonomy.outlookOf(s), today, fundingSchemes });
  if (!config.MEILI_URL) return { index: embedded, embedded, embeddedOnly: true, shared: null };
  const meili = createMeilisearchIndex({
    url: config.MEILI_URL,
    apiKey: config.MEILI_API_KEY,
    searchKey: config.MEILI_SEARCH_KEY,
    prefix: config.MEILI_INDEX_PREFIX,
    timeoutMs: config.MEILI_TIMEOUT_MS,
    taxonomy,
    outlookOf: (s) => taxonomy.outlookOf(s),
    today,
    fundingSchemes,
  });
  const index = createFallbackIndex(meili, embedded, (err) =>
    log(`search fell back to the embedded engine: ${(err as Error).message}`),
  );
  return { index, embedded, embeddedOnly: false, shared: meili };
}
