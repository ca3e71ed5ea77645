import type { Course } from '@werkbrug/shared/schemas/course';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { OutboxEntry, Store } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import type { Catalog } from '../matching/model/catalog.ts';

/**
 * Where outbox changes go. The search index is one sink, the matching catalog another; every sink
 * takes full current records (or ids to forget) and must be idempotent, since delivery is at least once.
 */
export interface IndexSink {
  name: string;
  upsertVacancies(items: Vacancy[]): Promise<void> | void;
  deleteVacancies(ids: string[]): Promise<void> | void;
  upsertCourses(items: Course[]): Promise<void> | void;
  deleteCourses(ids: string[]): Promise<void> | void;
}

/** The search index as a relay sink. */
export function searchSink(index: SearchIndex): IndexSink {
  return {
    name: 'search',
    upsertVacancies: (items) => index.upsertVacancies(items),
    deleteVacancies: (ids) => index.deleteVacancies(ids),
    upsertCourses: (items) => index.upsertCourses(items),
    deleteCourses: (ids) => index.deleteCourses(ids),
  };
}

/** The matching engine's in-memory catalog as a relay sink. */
export function catalogSink(catalog: Catalog): IndexSink {
  return {
    name: 'matching-catalog',
    upsertVacancies: (items) => catalog.upsertVacancies(items),
    deleteVacancies: (ids) => catalog.removeVacancies(ids),
    upsertCourses: (items) => catalog.upsertCourses(items),
    deleteCourses: (ids) => catalog.removeCourses(ids),
  };
}

export interface RelayOptions {
  batchSize?: number;
  maxAttempts?: number;
  /** Backoff before the n-th retry: base × 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  now?: () => Date;
  onError?: (entry: OutboxEntry, err: unknown, outcome: 'retry' | 'dead') => void;
}

export interface RelayBatchResult {
  processed: number;
  failed: number;
}

/**
 * Relays the outbox to the sinks. It reads the *current* row for every entry (so replays and out-of-
 * order entries cannot regress the index), sends full documents, and marks entries done only after
 * every sink succeeded. A crash between send and mark just sends the same documents again.
 */
export function createRelay(store: Store, sinks: IndexSink[], options: RelayOptions = {}) {
  const batchSize = options.batchSize ?? 200;
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.backoffBaseMs ?? 1000;
  const cap = options.backoffMaxMs ?? 5 * 60_000;
  const now = options.now ?? (() => new Date());

  async function apply(entries: OutboxEntry[]): Promise<void> {
    const ids = (type: OutboxEntry['aggregateType']) => [
      ...new Set(entries.filter((e) => e.aggregateType === type).map((e) => e.aggregateId)),
    ];
    const vacancyIds = ids('vacancy');
    const courseIds = ids('course');
    // A changed sector outlook changes every vacancy document of that sector.
    for (const sector of ids('sector')) {
      for await (const page of store.vacancies.scan(1000))
        vacancyIds.push(...page.filter((v) => v.sector === sector).map((v) => v.id));
    }
    // A changed funding scheme changes the funding facets of every course document.
    if (ids('funding').length > 0)
      for await (const page of store.courses.scan(1000)) courseIds.push(...page.map((c) => c.id));
    const uniqueCourseIds = [...new Set(courseIds)];
    const uniqueVacancyIds = [...new Set(vacancyIds)];
    const vacancies = await store.vacancies.getMany(uniqueVacancyIds);
    const courses = await store.courses.getMany(uniqueCourseIds);
    const openVacancies = vacancies.filter((v) => v.status === 'open');
    const openCourses = courses.filter((c) => c.status === 'open');
    // Sets, not scans: a sector or funding change touches thousands of documents at once.
    const openVacancyIds = new Set(openVacancies.map((v) => v.id));
    const openCourseIds = new Set(openCourses.map((c) => c.id));
    const goneVacancies = uniqueVacancyIds.filter((id) => !openVacancyIds.has(id));
    const goneCourses = uniqueCourseIds.filter((id) => !openCourseIds.has(id));
    for (const sink of sinks) {
      if (openVacancies.length) await sink.upsertVacancies(openVacancies);
      if (goneVacancies.length) await sink.deleteVacancies(goneVacancies);
      if (openCourses.length) await sink.upsertCourses(openCourses);
      if (goneCourses.length) await sink.deleteCourses(goneCourses);
    }
  }

  return {
    /** One batch; returns how many entries were handled. */
    async runOnce(): Promise<RelayBatchResult> {
      const entries = await store.outbox.pending(batchSize, now().toISOString());
      if (entries.length === 0) return { processed: 0, failed: 0 };
      try {
        await apply(entries);
        await store.outbox.markDone(
          entries.map((e) => e.id),
          now().toISOString(),
        );
        return { processed: entries.length, failed: 0 };
      } catch {
        // The batch failed as a whole: retry entry by entry, so one bad record cannot block the rest.
        let failed = 0;
        for (const entry of entries) {
          try {
            await apply([entry]);
            await store.outbox.markDone([entry.id], now().toISOString());
          } catch (err) {
            failed++;
            const delay = Math.min(cap, base * 2 ** entry.attempts);
            const outcome = await store.outbox.markFailed(
              entry.id,
              String((err as Error)?.message ?? err),
              new Date(now().getTime() + delay).toISOString(),
              maxAttempts,
            );
            options.onError?.(entry, err, outcome);
          }
        }
        return { processed: entries.length - failed, failed };
      }
    },
    /** Runs batches until nothing is pending (or only entries waiting for their retry time). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const { processed, failed } = await this.runOnce();
        total += processed;
        if (processed === 0 || failed > 0) return total;
      }
    },
  };
}
export type Relay = ReturnType<typeof createRelay>;
