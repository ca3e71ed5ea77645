import type { Change } from '../store/ports.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { FundingService } from '../funding/funding-service.ts';

/**
 * What documents and scores are built from besides the records themselves: the taxonomy with its
 * sector outlooks, and the funding schemes. Each in-memory copy (an instance's index and catalog, a
 * matching worker) keeps its own, and reads one again when the change feed says another instance
 * changed it.
 */
export interface ReferenceData {
  taxonomy: TaxonomyService;
  funding: FundingService;
}

export async function refreshReferenceData(
  data: { taxonomy: Pick<TaxonomyService, 'refresh'>; funding: Pick<FundingService, 'refresh'> },
  changes: readonly Pick<Change, 'aggregateType'>[],
): Promise<void> {
  if (changes.some((c) => c.aggregateType === 'sector')) await data.taxonomy.refresh();
  if (changes.some((c) => c.aggregateType === 'funding')) await data.funding.refresh();
}
