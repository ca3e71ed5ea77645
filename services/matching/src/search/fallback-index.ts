import type { SearchIndex } from './port.ts';

/**
 * Meilisearch with the embedded engine behind it. Writes go to both (the embedded copy is what lets
 * search go on when Meilisearch is down); reads go to Meilisearch and fall back to the embedded copy
 * on any request error or timeout, marking the answer as degraded.
 */
export function createFallbackIndex(
  primary: SearchIndex,
  fallback: SearchIndex,
  onFallback: (err: unknown) => void,
): SearchIndex {
  const read = async <T extends object>(call: (index: SearchIndex) => Promise<T>, mark: (t: T) => T): Promise<T> => {
    try {
      return await call(primary);
    } catch (err) {
      onFallback(err);
      return mark(await call(fallback));
    }
  };
  const both = async (call: (index: SearchIndex) => Promise<void>) => {
    await call(fallback);
    await call(primary);
  };
  const degraded = <T extends { degraded: boolean }>(page: T) => ({ ...page, degraded: true });
  const same = <T>(t: T) => t;
  return {
    engine: primary.engine,
    prepare: () => both((i) => i.prepare()),
    upsertVacancies: (items) => both((i) => i.upsertVacancies(items)),
    deleteVacancies: (ids) => both((i) => i.deleteVacancies(ids)),
    searchVacancies: (q) => read((i) => i.searchVacancies(q), degraded),
    upsertCourses: (items) => both((i) => i.upsertCourses(items)),
    deleteCourses: (ids) => both((i) => i.deleteCourses(ids)),
    searchCourses: (q) => read((i) => i.searchCourses(q), degraded),
    suggestSkills: (text, limit) => read((i) => i.suggestSkills(text, limit), same),
    suggestOccupations: (text, limit) => read((i) => i.suggestOccupations(text, limit), same),
    indexedVersions: (kind) => primary.indexedVersions(kind),
    rebuild: async (kind, load) => {
      await fallback.rebuild(kind, load);
      return primary.rebuild(kind, load);
    },
    health: () => primary.health(),
    close: async () => {
      await primary.close();
      await fallback.close();
    },
  };
}
