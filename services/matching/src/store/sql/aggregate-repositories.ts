import { courseSchema, type Course } from '@werkbrug/shared/schemas/course';
import { vacancySchema, type Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { CourseRepository, VacancyRepository } from '../ports.ts';
import { createDocumentTable } from './document-table.ts';
import type { SqlDatabase } from './sql.ts';

export function createVacancyRepository(db: SqlDatabase): VacancyRepository {
  const table = createDocumentTable<Vacancy>(db, {
    table: 'vacancies',
    type: 'vacancy',
    schema: vacancySchema,
    columnNames: ['status', 'employer_id', 'sector', 'municipality', 'occupation_uri', 'posted_at', 'valid_through'],
    columns: (v) => ({
      status: v.status,
      employer_id: v.employerId,
      sector: v.sector,
      municipality: v.location.municipality,
      occupation_uri: v.occupationUri,
      posted_at: v.postedAt,
      valid_through: v.validThrough,
    }),
  });
  const equals = (f: Parameters<VacancyRepository['list']>[0] = {}) => ({
    status: f.status,
    employer_id: f.employerId,
    municipality: f.municipality,
    sector: f.sector,
  });
  return {
    get: (id) => table.get(id),
    getMany: (ids) => table.getMany(ids),
    list: (filter, page) => table.list(equals(filter), page),
    save: (vacancy, actor) => table.save(vacancy, actor),
    scan: (batchSize) => table.scan(batchSize),
    count: (filter) => table.count(equals(filter)),
  };
}

export function createCourseRepository(db: SqlDatabase): CourseRepository {
  const table = createDocumentTable<Course>(db, {
    table: 'courses',
    type: 'course',
    schema: courseSchema,
    columnNames: ['status', 'provider_id'],
    columns: (c) => ({ status: c.status, provider_id: c.providerId }),
  });
  const equals = (f: Parameters<CourseRepository['list']>[0] = {}) => ({ status: f.status, provider_id: f.providerId });
  return {
    get: (id) => table.get(id),
    getMany: (ids) => table.getMany(ids),
    list: (filter, page) => table.list(equals(filter), page),
    save: (course, actor) => table.save(course, actor),
    scan: (batchSize) => table.scan(batchSize),
    count: (filter) => table.count(equals(filter)),
  };
}
