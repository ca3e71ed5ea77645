import type { Outlook } from '@werkbrug/shared/schemas/common';
import { sectorKey, type Sector } from '@werkbrug/shared/schemas/taxonomy';
import { invalidInput } from '../errors.ts';
import type { SectorOutlookRepository } from '../store/ports.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { Caller } from './caller.ts';
import type { IndexerSignal } from './indexer-signal.ts';

export interface SectorOutlookDeps {
  sectorOutlooks: SectorOutlookRepository;
  taxonomy: Pick<TaxonomyService, 'refresh' | 'sector'>;
  indexer: IndexerSignal;
}

/**
 * An admin changes a sector's regional outlook. Scoring reads the outlook from the taxonomy service,
 * refreshed here at once; the search documents of that sector follow through the woken relay.
 */
export function createSectorOutlookUseCases(deps: SectorOutlookDeps) {
  return {
    async set(
      caller: Caller,
      change: { key: string; outlook: Outlook; fact: string; source: string },
    ): Promise<Sector> {
      const key = sectorKey.safeParse(change.key);
      if (!key.success) throw invalidInput([{ path: 'key', message: 'Deze sector kennen we niet.' }]);
      await deps.sectorOutlooks.save({ ...change, key: key.data }, caller.actor);
      await deps.taxonomy.refresh();
      deps.indexer.wake();
      return deps.taxonomy.sector(key.data);
    },
  };
}
