import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Course } from '@werkbrug/shared/schemas/course';
import { SkillIndex } from './skill-index.ts';
import { VacancyColumns } from './vacancy-columns.ts';
import { CourseColumns } from './course-columns.ts';

/**
 * The engine's read model of open vacancies and courses. The service's outbox relay keeps it in sync
 * with the store, one small batch at a time, so every operation is incremental: an upsert rewrites
 * one slot, a removal frees it. Closed records are removals.
 */
export interface Catalog {
  readonly skills: SkillIndex;
  readonly vacancies: VacancyColumns;
  readonly courses: CourseColumns;
  upsertVacancies(vacancies: readonly Vacancy[]): void;
  removeVacancies(ids: readonly string[]): void;
  upsertCourses(courses: readonly Course[]): void;
  removeCourses(ids: readonly string[]): void;
  getVacancy(id: string): Vacancy | undefined;
  getCourse(id: string): Course | undefined;
  size(): { vacancies: number; courses: number };
}

export function createCatalog(taxonomy: Taxonomy): Catalog {
  const skills = new SkillIndex(taxonomy);
  const vacancies = new VacancyColumns(taxonomy, skills);
  const courses = new CourseColumns(taxonomy, skills);
  return {
    skills,
    vacancies,
    courses,
    upsertVacancies: (list) => {
      for (const v of list) vacancies.upsert(v);
    },
    removeVacancies: (ids) => {
      for (const id of ids) vacancies.remove(id);
    },
    upsertCourses: (list) => {
      for (const c of list) courses.upsert(c);
    },
    removeCourses: (ids) => {
      for (const id of ids) courses.remove(id);
    },
    getVacancy: (id) => {
      const slot = vacancies.slotById.get(id);
      return slot === undefined ? undefined : vacancies.docs[slot];
    },
    getCourse: (id) => {
      const slot = courses.slotById.get(id);
      return slot === undefined ? undefined : courses.docs[slot];
    },
    size: () => ({ vacancies: vacancies.count, courses: courses.count }),
  };
}
