import type { GraphQLError } from 'graphql';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { fromJobPosting, jobPostingsIn, postingField } from '../ingest/job-posting-import.ts';
import { fromProgram, programField, programsIn } from '../ingest/ooapi-import.ts';
import { emptyReport, type ImportReport, type RecordProblem } from '../ingest/report.ts';
import { isObject, text } from '../ingest/values.ts';
import type { Actor } from '../store/ports.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';
import type { CourseUseCases } from './courses.ts';
import type { IndexerSignal } from './indexer-signal.ts';
import type { ImportOutcome, VacancyUseCases } from './vacancies.ts';

export interface ImportDeps {
  vacancies: Pick<VacancyUseCases, 'importOne'>;
  courses: Pick<CourseUseCases, 'importOne' | 'check'>;
  taxonomy: Pick<Taxonomy, 'occupations' | 'occupationByUri' | 'skillByUri' | 'skillsOf'>;
  /** Reads typed text as a profile's free text is read (the same reader as matching and search). */
  reader: TaxonomyLookup;
  indexer: IndexerSignal;
}

/** Input errors of the use cases as report lines, named in the imported format's terms. */
function problemsOf(err: unknown, fields: Record<string, string>): RecordProblem[] | null {
  const gql = err as GraphQLError;
  const list = gql?.extensions?.fields as { path: string; message: string }[] | undefined;
  if (gql?.extensions?.code !== 'BAD_USER_INPUT' || !list) return null;
  return list.map((f) => {
    const [head, ...rest] = f.path.split('.');
    const field = fields[head ?? ''] ?? head ?? '';
    return {
      field: rest.length > 0 && !/^\d+$/.test(rest[0]!) ? `${field}.${rest.join('.')}` : field,
      reason: f.message,
    };
  });
}

function count(report: ImportReport, outcome: ImportOutcome): void {
  report[outcome]++;
}

/**
 * Imports of vacancies (schema.org JobPosting JSON-LD) and courses (OOAPI). Every record goes through the same
 * validation as the API and lands in its own transaction with its outbox and audit rows, so a bad record never
 * half-lands and a good one is never held back by a bad one. Records keep their source id: importing the same
 * file twice changes nothing. The indexer is woken once at the end; search and matching follow within seconds.
 */
export function createImportUseCases(deps: ImportDeps) {
  /** A field's text read as one occupation or one skill, or null (a certificate is neither). */
  const readAs = (kind: 'occupation' | 'skill', text: string): string | null => {
    const r = kind === 'occupation' ? deps.reader.title(text) : deps.reader.skill(text);
    return r.status === 'read' && r.kind === kind ? r.uri : null;
  };
  return {
    async vacancies(actor: Actor, file: unknown, system: string): Promise<ImportReport> {
      const report = emptyReport('vacancies', system);
      const postings = jobPostingsIn(file);
      const context = {
        system,
        taxonomy: deps.taxonomy,
        readOccupation: (t: string) => readAs('occupation', t),
        readSkill: (t: string) => readAs('skill', t),
      };
      for (const [i, raw] of postings.entries()) {
        report.records++;
        const mapped = fromJobPosting(raw, context);
        if (!mapped.ok) {
          report.rejected.push({ position: i + 1, sourceId: mapped.sourceId, problems: mapped.problems });
          continue;
        }
        try {
          count(report, await deps.vacancies.importOne(actor, mapped.record));
        } catch (err) {
          const problems = problemsOf(err, postingField);
          if (!problems) throw err;
          report.rejected.push({ position: i + 1, sourceId: mapped.record.source.id, problems });
        }
      }
      deps.indexer.wake();
      return report;
    },

    async courses(actor: Actor, file: unknown, system: string): Promise<ImportReport> {
      const report = emptyReport('courses', system);
      const { programs, offerings } = programsIn(file);
      const programOf = (o: Record<string, unknown>) =>
        isObject(o.program) ? text(o.program.programId) : text(o.program);
      const known = new Set(programs.map((p) => text(p.programId)));
      for (const [i, program] of programs.entries()) {
        report.records++;
        const id = text(program.programId);
        const mapped = fromProgram(
          program,
          offerings.filter((o) => id !== undefined && programOf(o) === id),
          system,
        );
        if (!mapped.ok) {
          report.rejected.push({ position: i + 1, sourceId: mapped.sourceId, problems: mapped.problems });
          continue;
        }
        // A program given at several places is several courses: all of them land, or none.
        const problems: RecordProblem[] = [];
        for (const course of mapped.courses) {
          try {
            deps.courses.check(course);
          } catch (err) {
            const found = problemsOf(err, programField);
            if (!found) throw err;
            problems.push(...found);
          }
        }
        if (problems.length > 0) {
          report.rejected.push({ position: i + 1, sourceId: id ?? null, problems });
          continue;
        }
        for (const course of mapped.courses) count(report, await deps.courses.importOne(actor, course));
      }
      for (const [j, offering] of offerings.entries()) {
        if (known.has(programOf(offering))) continue;
        report.records++;
        report.rejected.push({
          position: programs.length + j + 1,
          sourceId: text(offering.offeringId) ?? null,
          problems: [
            { field: 'program', reason: 'Dit startmoment hoort bij een programma dat niet in het bestand staat.' },
          ],
        });
      }
      deps.indexer.wake();
      return report;
    },
  };
}
export type ImportUseCases = ReturnType<typeof createImportUseCases>;
