import type { Course, ProviderKind } from '@werkbrug/shared/schemas/course';
import type { SourceRef } from '@werkbrug/shared/schemas/source';
import { courseInputSchema } from '@werkbrug/shared/courses/course-input';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { invalidInput, type FieldProblem } from '../errors.ts';
import type { Actor, CourseRepository } from '../store/ports.ts';
import { idFromSource, isoDay, type Clock } from './clock-and-ids.ts';
import { sameRecord } from './same-record.ts';
import type { ImportOutcome } from './vacancies.ts';

/** A course as an import brings it (ingest/): its source, its provider and the input. */
export interface ImportedCourse {
  source: SourceRef;
  provider: { id: string; name: string; kind: ProviderKind };
  input: unknown;
}

export interface CourseDeps {
  courses: CourseRepository;
  taxonomy: Pick<Taxonomy, 'occupationByUri'>;
  clock: Clock;
}

/**
 * Courses that providers deliver. The rules every course meets, whatever its source, are the shared
 * courseInputSchema (a way to sign up, a start date, a duration inside its kind's documented range); here come
 * the ones that need the product's data: a known place, an occupation the product knows, a start still to come.
 */
export function createCourseUseCases(deps: CourseDeps) {
  const { courses, taxonomy, clock } = deps;

  function toCourse(record: ImportedCourse, base: { version: number; updatedAt: string }): Course {
    const parsed = courseInputSchema.safeParse(record.input);
    if (!parsed.success)
      throw invalidInput(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const c = parsed.data;
    const problems: FieldProblem[] = [];
    const area = c.postcode === null ? null : lookupPostcode(c.postcode);
    if (c.postcode !== null && !area)
      problems.push({ path: 'postcode', message: 'Deze postcode kennen we niet. Vul een postcode uit de regio in.' });
    if (!c.targetOccupations.some((u) => taxonomy.occupationByUri.has(u)))
      problems.push({ path: 'targetOccupations', message: 'Geen van deze beroepen kennen we.' });
    const startDates = [...new Set(c.startDates)].sort();
    if (!startDates.some((d) => d >= isoDay(clock)))
      problems.push({ path: 'startDates', message: 'Er is geen startdatum meer die nog moet komen.' });
    if (problems.length > 0) throw invalidInput(problems);
    return {
      id: idFromSource('crs', record.source),
      title: c.title,
      kind: c.kind,
      providerId: record.provider.id,
      providerName: record.provider.name,
      providerKind: record.provider.kind,
      description: c.description,
      crebo: c.crebo,
      skillsTaught: [...new Set(c.skillsTaught)],
      givesCertificates: [...new Set(c.givesCertificates)],
      targetOccupations: [...new Set(c.targetOccupations)],
      nlqfLevel: c.nlqfLevel,
      entry: c.entry,
      durationWeeks: c.durationWeeks,
      hoursPerWeek: c.hoursPerWeek,
      mode: c.mode,
      location: area
        ? {
            postcode: c.postcode!,
            address: c.address,
            place: area.place,
            municipality: area.municipality,
            lat: area.lat,
            lon: area.lon,
          }
        : null,
      startDates,
      places: c.places,
      price: c.price,
      priceNote: c.priceNote,
      employerName: c.employerName,
      jobGuarantee: c.jobGuarantee,
      signUp: c.signUp,
      source: record.source,
      status: 'open',
      demo: false,
      version: base.version,
      updatedAt: base.updatedAt,
    };
  }

  return {
    /** Whether a record would land, without writing: a program at several places lands whole or not at all. */
    check(record: ImportedCourse): void {
      toCourse(record, { version: 1, updatedAt: clock.now().toISOString() });
    },

    /**
     * One imported course: validated as above (a bad record throws an input error and writes nothing), an id from
     * its source, and no write at all when the stored course already holds the same. The caller wakes the
     * indexer once for the whole import.
     */
    async importOne(actor: Actor, record: ImportedCourse): Promise<ImportOutcome> {
      const current = await courses.get(idFromSource('crs', record.source));
      const next = toCourse(record, {
        version: current?.version ?? 1,
        updatedAt: current?.updatedAt ?? clock.now().toISOString(),
      });
      if (current && sameRecord(current, next)) return 'unchanged';
      await courses.save(next, actor);
      return current ? 'updated' : 'created';
    },
  };
}
export type CourseUseCases = ReturnType<typeof createCourseUseCases>;
