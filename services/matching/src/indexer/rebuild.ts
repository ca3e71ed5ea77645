import type { Store } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';

export interface RebuildResult {
  vacancies: number;
  courses: number;
  watermark: number;
}

/**
 * Rebuilds the index from the store of record. The outbox watermark is read before the scan: every
 * change up to it is committed and therefore in the scan; later ones are relayed as usual.
 */
export async function rebuildIndex(store: Store, index: Pick<SearchIndex, 'rebuild'>): Promise<RebuildResult> {
  const watermark = await store.outbox.latestId();
  const vacancies = await index.rebuild('vacancy', () => store.vacancies.scan(2000));
  const courses = await index.rebuild('course', () => store.courses.scan(2000));
  return { vacancies, courses, watermark };
}
