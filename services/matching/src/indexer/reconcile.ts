import type { Store } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';

export interface Difference {
  kind: 'vacancy' | 'course';
  id: string;
  problem: 'missing from index' | 'not open in store' | 'stale version';
  storeVersion: number | null;
  indexVersion: number | null;
}

/**
 * Every difference between what the store says should be searchable (open vacancies and courses,
 * at their current version) and what the index holds. An empty list means index = projection(store).
 */
export async function reconcile(store: Store, index: Pick<SearchIndex, 'indexedVersions'>): Promise<Difference[]> {
  const differences: Difference[] = [];
  for (const kind of ['vacancy', 'course'] as const) {
    const expected = new Map<string, number>();
    const scan = kind === 'vacancy' ? store.vacancies.scan(2000) : store.courses.scan(2000);
    for await (const batch of scan)
      for (const item of batch) if (item.status === 'open') expected.set(item.id, item.version);
    const indexed = new Map((await index.indexedVersions(kind)).map((d) => [d.id, d.version]));
    for (const [id, version] of expected) {
      const got = indexed.get(id);
      if (got === undefined)
        differences.push({ kind, id, problem: 'missing from index', storeVersion: version, indexVersion: null });
      else if (got !== version)
        differences.push({ kind, id, problem: 'stale version', storeVersion: version, indexVersion: got });
    }
    for (const [id, version] of indexed) {
      if (!expected.has(id))
        differences.push({ kind, id, problem: 'not open in store', storeVersion: null, indexVersion: version });
    }
  }
  return differences;
}
