import { loadTaxonomy, type Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Sector, SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { SectorOutlookRepository } from '../store/ports.ts';

/**
 * The shipped taxonomy plus the sector outlooks admins changed in the store. The outlook is read
 * on every scoring, so the overrides are cached here and refreshed when an admin saves one.
 */
export interface TaxonomyService extends Taxonomy {
  sector(key: SectorKey): Sector;
  outlookOf(key: SectorKey): Outlook;
  sectorsWithOverrides(): Sector[];
  refresh(): Promise<void>;
}

export async function createTaxonomyService(outlooks: SectorOutlookRepository): Promise<TaxonomyService> {
  const base = loadTaxonomy();
  let current = new Map<SectorKey, Sector>(base.sectors.map((s) => [s.key, s]));
  const refresh = async () => {
    const next = new Map<SectorKey, Sector>(base.sectors.map((s) => [s.key, s]));
    for (const o of await outlooks.list()) {
      const s = next.get(o.key);
      if (s) next.set(o.key, { ...s, outlook: o.outlook, outlookFact: o.fact, outlookSource: o.source });
    }
    current = next;
  };
  await refresh();
  return {
    ...base,
    get sectors() {
      return [...current.values()];
    },
    get sectorByKey() {
      return current;
    },
    sector: (key) => current.get(key)!,
    outlookOf: (key) => current.get(key)?.outlook ?? 'stable',
    sectorsWithOverrides: () => [...current.values()],
    refresh,
  };
}
