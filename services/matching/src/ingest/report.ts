/**
 * What an import did, record by record: how many landed, were updated or were already there, and every record
 * that did not land with the field and the reason in plain Dutch. Printed by the CLI, returned by the admin
 * endpoint.
 */
export interface RecordProblem {
  /** The field in the imported format (JobPosting or OOAPI terms), e.g. `jobLocation.address.postalCode`. */
  field: string;
  /** Why, in plain Dutch (B1). */
  reason: string;
}

export interface RejectedRecord {
  /** Position in the file, from 1. */
  position: number;
  /** The record's own id in its source, when it has one. */
  sourceId: string | null;
  problems: RecordProblem[];
}

export interface ImportReport {
  kind: 'vacancies' | 'courses';
  source: string;
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRecord[];
}

export function emptyReport(kind: ImportReport['kind'], source: string): ImportReport {
  return { kind, source, records: 0, created: 0, updated: 0, unchanged: 0, rejected: [] };
}

const what = { vacancies: ['vacature', 'vacatures'], courses: ['opleiding', 'opleidingen'] } as const;

/** The report as text for people: counts first, then each rejected record with its problems. */
export function formatReport(r: ImportReport): string {
  const [one, many] = what[r.kind];
  const n = (count: number) => `${count} ${count === 1 ? one : many}`;
  const lines = [
    `Import van ${many} uit ${r.source}: ${r.records} ${r.records === 1 ? 'record' : 'records'} gelezen.`,
    `Nieuw: ${n(r.created)}. Bijgewerkt: ${n(r.updated)}. Al bekend en niet veranderd: ${n(r.unchanged)}.`,
    r.rejected.length === 0
      ? 'Alle records zijn goed.'
      : `Niet ingelezen: ${r.rejected.length} ${r.rejected.length === 1 ? 'record' : 'records'}. Er is niets van opgeslagen:`,
  ];
  for (const rec of r.rejected) {
    lines.push(`- Record ${rec.position}${rec.sourceId ? ` (${rec.sourceId})` : ''}:`);
    for (const p of rec.problems) lines.push(`    ${p.field}: ${p.reason}`);
  }
  return lines.join('\n');
}
