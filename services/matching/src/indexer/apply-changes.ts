import type { Course } from '@werkbrug/shared/schemas/course';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { AggregateType, Store } from '../store/ports.ts';

/**
 * Where changes go. The shared search index (Meilisearch) is one sink, and every instance's matching
 * catalog and embedded index are others; every sink takes full current records (or ids to forget) and
 * must be idempotent, since delivery is at least once.
 */
export interface IndexSink {
  name: string;
  upsertVacancies(items: Vacancy[]): Promise<void> | void;
  deleteVacancies(ids: string[]): Promise<void> | void;
  upsertCourses(items: Course[]): Promise<void> | void;
  deleteCourses(ids: string[]): Promise<void> | void;
}

export interface ChangeRef {
  aggregateType: AggregateType;
  aggregateId: string;
}

/**
 * Brings the sinks up to date for the records these changes name. It reads the *current* row of each
 * (so replays and out-of-order changes cannot regress a sink) and sends whole documents: what is open
 * is upserted, what is closed or gone is deleted. Profiles are in no index, so they need nothing here.
 */
export async function applyChanges(store: Store, changes: readonly ChangeRef[], sinks: IndexSink[]): Promise<void> {
  if (sinks.length === 0) return;
  const ids = (type: AggregateType) => [
    ...new Set(changes.filter((e) => e.aggregateType === type).map((e) => e.aggregateId)),
  ];
  const vacancyIds = ids('vacancy');
  const courseIds = ids('course');
  // A changed sector outlook changes every vacancy document of that sector.
  const sectors = new Set(ids('sector'));
  if (sectors.size > 0) {
    for await (const page of store.vacancies.scan(2000))
      vacancyIds.push(...page.filter((v) => sectors.has(v.sector)).map((v) => v.id));
  }
  // A changed funding scheme changes the funding facets of every course document.
  if (ids('funding').length > 0) {
    for await (const page of store.courses.scan(2000)) courseIds.push(...page.map((c) => c.id));
  }
  const uniqueVacancyIds = [...new Set(vacancyIds)];
  const uniqueCourseIds = [...new Set(courseIds)];
  const vacancies = await store.vacancies.getMany(uniqueVacancyIds);
  const courses = await store.courses.getMany(uniqueCourseIds);
  const openVacancies = vacancies.filter((v) => v.status === 'open');
  const openCourses = courses.filter((c) => c.status === 'open');
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
