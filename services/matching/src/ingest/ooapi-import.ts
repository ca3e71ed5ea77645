import type { ProviderKind } from '@werkbrug/shared/schemas/course';
import { providerKinds } from '@werkbrug/shared/schemas/course';
import type { ImportedCourse } from '../application/courses.ts';
import { idFromSource } from '../application/clock-and-ids.ts';
import type { RecordProblem } from './report.ts';
import { bool, date, isObject, list, num, plainText, text, type Json } from './values.ts';

/**
 * Courses from an OOAPI-shaped file (Open Education API v5, the Dutch standard for course offerings): programs
 * and their offerings, plus the consumer extension `{ "consumerKey": "werkbrug", ... }` that OOAPI provides
 * for what a receiving system needs and the standard does not carry: ESCO skills and occupations, the kind of
 * course, entry requirements, certificates given, who pays (an employer, a job guarantee) and how to sign up.
 * One program at one place is one Werkbrug course; its offerings are the start dates.
 */
export type MappedProgram =
  | { ok: true; courses: ImportedCourse[] }
  | { ok: false; sourceId: string | null; problems: RecordProblem[] };

/** Programs and offerings in a file: `{ programs, offerings }`, OOAPI pages (`{ items }`), or programs with offerings. */
export function programsIn(file: Json): { programs: Record<string, Json>[]; offerings: Record<string, Json>[] } {
  const items = (v: Json) => list(isObject(v) && Array.isArray(v.items) ? v.items : v).filter(isObject);
  const root = isObject(file) ? file : { programs: file };
  const programs = items(root.programs);
  const offerings = [...items(root.offerings), ...programs.flatMap((p) => items(p.offerings))];
  return { programs, offerings };
}

/** The Werkbrug extension of a program or offering. */
function extension(o: Record<string, Json>): Record<string, Json> {
  return (list(o.consumers).find((c) => isObject(c) && c.consumerKey === 'werkbrug') as Record<string, Json>) ?? {};
}

/** ISO 8601 durations as weeks: P2Y = 104, P18M = 78, P40W = 40, P10D = 2 (rounded up). */
export function weeksOf(duration: Json): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(text(duration) ?? '');
  if (!m || m.slice(1).every((x) => x === undefined)) return undefined;
  const [y, mo, w, d] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number];
  return Math.max(1, Math.ceil(y * 52 + (mo * 52) / 12 + w + d / 7));
}

const levels: [RegExp, number][] = [
  [/secondary vocational education ([1-4])/, 0],
  [/associate degree/, 5],
  [/bachelor/, 6],
  [/master/, 7],
  [/doctoral/, 8],
];

function levelOf(program: Record<string, Json>, ext: Record<string, Json>): number | undefined {
  const own = num(ext.nlqfLevel);
  if (own !== undefined) return own;
  const level = text(program.level) ?? '';
  for (const [re, n] of levels) {
    const m = re.exec(level);
    if (m) return n || Number(m[1]);
  }
  return undefined;
}

function kindOf(program: Record<string, Json>, ext: Record<string, Json>): string | undefined {
  const own = text(ext.kind);
  if (own) return own;
  const level = text(program.level) ?? '';
  const study = text(program.modeOfStudy) ?? '';
  if (level.startsWith('secondary vocational education')) return study === 'dual training' ? 'mbo-bbl' : 'mbo-bol';
  if (level === 'associate degree') return 'associate-degree';
  if (level === 'bachelor' && study !== 'full-time') return 'hbo-deeltijd';
  return undefined;
}

function modeOf(program: Record<string, Json>, offering: Record<string, Json>, ext: Record<string, Json>) {
  const own = text(ext.mode);
  if (own) return own;
  if (text(program.modeOfStudy) === 'dual training') return 'bbl';
  const delivery = [...list(offering.modeOfDelivery), ...list(program.modeOfDelivery)].map(text);
  if (delivery.includes('hybrid')) return 'blended';
  if (delivery.length > 0 && delivery.every((d) => d === 'online' || d === 'distance-learning')) return 'online';
  return 'klassikaal';
}

function priceOf(offering: Record<string, Json>): number | undefined {
  const costs = list(offering.priceInformation).filter(isObject);
  if (costs.length === 0) return undefined;
  const total = costs.find((c) => text(c.costType) === 'total costs');
  return total ? num(total.amount) : costs.reduce((n, c) => n + (num(c.amount) ?? 0), 0);
}

function postcodeOf(offering: Record<string, Json>, program: Record<string, Json>): string | null {
  for (const a of [...list(offering.addresses), ...list(program.addresses)].filter(isObject)) {
    const pc = text(a.postalCode);
    if (pc) return pc;
  }
  return null;
}

function providerOf(
  system: string,
  program: Record<string, Json>,
  ext: Record<string, Json>,
  level: number | undefined,
) {
  const org = list(program.organization)[0];
  const orgId = isObject(org) ? text(org.organizationId) : text(org);
  const name = (isObject(org) ? (text(org.name) ?? text(org.shortName)) : undefined) ?? text(ext.providerName);
  const stated = text(ext.providerKind);
  const kind: ProviderKind = providerKinds.includes(stated as ProviderKind)
    ? (stated as ProviderKind)
    : level !== undefined && level >= 5
      ? 'hogeschool'
      : (text(program.level) ?? '').startsWith('secondary vocational')
        ? 'roc'
        : 'particulier';
  return name ? { id: idFromSource('prv', { system, id: orgId ?? name }), name, kind } : null;
}

const strings = (v: Json) =>
  list(v)
    .map(text)
    .filter((s): s is string => !!s);

/** One program with its offerings as Werkbrug course input, one course per place it is given. */
export function fromProgram(
  program: Record<string, Json>,
  offerings: readonly Record<string, Json>[],
  system: string,
): MappedProgram {
  const ext = extension(program);
  const programId = text(program.programId);
  const problems: RecordProblem[] = [];
  if (!programId) problems.push({ field: 'programId', reason: 'Het programma heeft geen eigen code (programId).' });
  const title = text(program.name);
  if (!title) problems.push({ field: 'name', reason: 'De naam van de opleiding ontbreekt.' });
  const level = levelOf(program, ext);
  if (level === undefined) problems.push({ field: 'level', reason: 'Het niveau van de opleiding ontbreekt.' });
  const kind = kindOf(program, ext);
  if (!kind) problems.push({ field: 'consumers.werkbrug.kind', reason: 'We weten niet wat voor opleiding dit is.' });
  const provider = providerOf(system, program, ext, level);
  if (!provider) problems.push({ field: 'organization', reason: 'De naam van de opleider ontbreekt.' });
  if (offerings.length === 0) problems.push({ field: 'offerings', reason: 'Er is geen startmoment (offering).' });
  if (problems.length > 0 || !programId || !provider) return { ok: false, sourceId: programId ?? null, problems };

  const places = new Map<string, Record<string, Json>[]>();
  for (const o of offerings) {
    const mode = modeOf(program, o, ext);
    const key = mode === 'online' ? 'online' : (postcodeOf(o, program)?.replace(/\s+/g, '').slice(0, 4) ?? 'onbekend');
    places.set(key, [...(places.get(key) ?? []), o]);
  }
  const entry = isObject(ext.entry) ? ext.entry : {};
  const signUp = isObject(ext.signUp) ? ext.signUp : {};
  const courses = [...places].map(([place, group]): ImportedCourse => {
    const first = group[0]!;
    const starts = group.map((o) => date(o.startDate) ?? text(o.startDate) ?? '');
    const fromDates = (() => {
      const start = date(first.startDate);
      const end = date(first.endDate);
      return start && end ? Math.ceil((Date.parse(end) - Date.parse(start)) / (7 * 86_400_000)) : undefined;
    })();
    const fromOffering = isObject(extension(first).signUp) ? (extension(first).signUp as Record<string, Json>) : {};
    return {
      source: { system, id: `${programId}@${place}` },
      provider,
      input: {
        title,
        kind,
        description: plainText(program.description),
        crebo:
          list(program.otherCodes)
            .filter(isObject)
            .map((c) => (text(c.codeType) === 'crohoCreboCode' ? text(c.code) : undefined))
            .find((c) => c && /^\d{5}$/.test(c)) ?? null,
        skillsTaught: strings(ext.skills),
        givesCertificates: strings(ext.givesCertificates),
        targetOccupations: strings(ext.occupations),
        nlqfLevel: level,
        entry: {
          minNlqf: num(entry.minNlqf) ?? null,
          dutchLevel: text(entry.dutchLevel) ?? null,
          certificates: strings(entry.certificates),
          note: text(entry.note) ?? null,
        },
        durationWeeks: weeksOf(program.duration) ?? num(ext.durationWeeks) ?? fromDates,
        hoursPerWeek: num(ext.hoursPerWeek),
        mode: modeOf(program, first, ext),
        postcode: place === 'online' ? null : (postcodeOf(first, program) ?? ''),
        address: null,
        startDates: [...new Set(starts)].sort(),
        places: num(first.maxNumberStudents) ?? null,
        price: priceOf(first) ?? num(ext.price),
        priceNote: text(ext.priceNote) ?? null,
        employerName: text(ext.employerName) ?? null,
        jobGuarantee: bool(ext.jobGuarantee) ?? false,
        signUp: {
          url: text(fromOffering.url) ?? text(signUp.url) ?? text(first.link) ?? text(program.link) ?? null,
          email: text(fromOffering.email) ?? text(signUp.email) ?? null,
          phone: text(fromOffering.phone) ?? text(signUp.phone) ?? null,
          note: text(signUp.note) ?? null,
        },
      },
    };
  });
  return { ok: true, courses };
}

/** Where each part of the course input comes from in OOAPI terms: the report names the OOAPI field. */
export const programField: Record<string, string> = {
  title: 'name',
  kind: 'consumers.werkbrug.kind',
  description: 'description',
  crebo: 'otherCodes',
  skillsTaught: 'consumers.werkbrug.skills',
  givesCertificates: 'consumers.werkbrug.givesCertificates',
  targetOccupations: 'consumers.werkbrug.occupations',
  nlqfLevel: 'level',
  entry: 'consumers.werkbrug.entry',
  durationWeeks: 'duration',
  hoursPerWeek: 'consumers.werkbrug.hoursPerWeek',
  mode: 'modeOfStudy',
  postcode: 'offerings.addresses.postalCode',
  startDates: 'offerings.startDate',
  places: 'offerings.maxNumberStudents',
  price: 'offerings.priceInformation',
  employerName: 'consumers.werkbrug.employerName',
  jobGuarantee: 'consumers.werkbrug.jobGuarantee',
  signUp: 'consumers.werkbrug.signUp',
};
