import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { ImportedVacancy } from '../application/vacancies.ts';
import { idFromSource } from '../application/clock-and-ids.ts';
import type { RecordProblem } from './report.ts';
import { bool, date, isObject, list, num, plainText, text, type Json } from './values.ts';

/**
 * schema.org JobPosting JSON-LD (what job boards and search engines use) as Werkbrug vacancy input. The result
 * goes through the same validation as postVacancy (application/vacancies.ts); this module only reads the
 * fields. A job board rarely says which ESCO occupation or skills a job has, so where the Werkbrug properties
 * (job-posting-export.ts) are missing: the occupation comes from an ESCO or ISCO-08 code in occupationalCategory,
 * else from the title (read as people type it); skills from ESCO terms or skill names, else the occupation's
 * essential skills; hours from workHours or the employment type; the level from educationRequirements.
 */
export interface JobPostingContext {
  system: string;
  taxonomy: Pick<Taxonomy, 'occupations' | 'occupationByUri' | 'skillByUri' | 'skillsOf'>;
  /** Free text to an ESCO occupation or skill URI (the matching engine's reading of typed text); null: unread. */
  readOccupation(text: string): string | null;
  readSkill(text: string): string | null;
}

export type MappedPosting =
  | { ok: true; record: ImportedVacancy }
  | { ok: false; sourceId: string | null; problems: RecordProblem[] };

/** The JobPostings in a file: one posting, a list, a JSON-LD `@graph`, or an ItemList of them. */
export function jobPostingsIn(file: Json): Json[] {
  if (Array.isArray(file)) return file.flatMap(jobPostingsIn);
  if (!isObject(file)) return [file];
  if (Array.isArray(file['@graph'])) return file['@graph'].flatMap(jobPostingsIn);
  if (file['@type'] === 'ItemList') return list(file.itemListElement).map((e) => (isObject(e) && e.item ? e.item : e));
  return [file];
}

const escoOccupation = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
const escoSkill = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;

/** Where each part of the vacancy input comes from in a JobPosting: the report names the JobPosting field. */
export const postingField: Record<string, string> = {
  title: 'title',
  description: 'description',
  occupationUri: 'occupationalCategory',
  postcode: 'jobLocation.address.postalCode',
  address: 'jobLocation.address.streetAddress',
  essentialSkills: 'skills',
  optionalSkills: 'werkbrug:optionalSkills',
  nlqfLevel: 'educationRequirements',
  hoursMin: 'workHours',
  hoursMax: 'workHours',
  contractType: 'employmentType',
  salary: 'baseSalary',
  application: 'applicationContact',
  validThrough: 'validThrough',
  requiredCertificates: 'werkbrug:requiredCertificates',
};

function idOf(raw: Record<string, Json>): string | undefined {
  for (const id of list(raw.identifier)) {
    const value = isObject(id) ? text(id.value ?? id['@value']) : text(id);
    if (value) return value;
  }
  return text(raw['@id']) ?? text(raw.url);
}

function occupationOf(
  raw: Record<string, Json>,
  title: string | undefined,
  ctx: JobPostingContext,
): string | undefined {
  const codes = list(raw.occupationalCategory).map((c) =>
    isObject(c) ? { code: text(c.codeValue), set: text(c.inCodeSet) ?? '' } : { code: text(c), set: '' },
  );
  const esco = codes.find((c) => c.code && escoOccupation.test(c.code) && ctx.taxonomy.occupationByUri.has(c.code));
  if (esco) return esco.code;
  const fromTitle = title ? ctx.readOccupation(title) : null;
  for (const c of codes.filter((x) => x.code && /^\d{4}$/.test(x.code))) {
    const inGroup = ctx.taxonomy.occupations.filter((o) => o.isco08 === c.code);
    if (fromTitle && inGroup.some((o) => o.uri === fromTitle)) return fromTitle;
    if (inGroup.length === 1) return inGroup[0]!.uri;
  }
  return fromTitle ?? undefined;
}

function skillsOf(value: Json, ctx: JobPostingContext): string[] {
  const uris: string[] = [];
  for (const s of list(value)) {
    const code = isObject(s) ? (text(s.termCode) ?? text(s.url) ?? text(s['@id'])) : text(s);
    if (code && escoSkill.test(code)) uris.push(code);
    else {
      const name = isObject(s) ? text(s.name) : code;
      // Free text may hold several skills: "Zorg, hygiëne en EHBO".
      for (const part of (name ?? '').split(/[,;\n]| en /)) {
        const uri = part.trim() ? ctx.readSkill(part.trim()) : null;
        if (uri) uris.push(uri);
      }
    }
  }
  return [...new Set(uris)];
}

/** "24-36 uur", "32 uur per week", "tussen 16 en 24 uur": the numbers of hours a week. */
function hoursOf(raw: Record<string, Json>): [number, number] | undefined {
  const min = num(raw['werkbrug:hoursMin']);
  const max = num(raw['werkbrug:hoursMax']);
  if (min !== undefined && max !== undefined) return [min, max];
  const numbers = (text(raw.workHours) ?? '')
    .match(/\d+(?:[.,]\d+)?/g)
    ?.map((n) => Math.round(Number(n.replace(',', '.'))));
  if (numbers && numbers.length > 0) return [Math.min(...numbers), Math.max(...numbers)];
  const types = list(raw.employmentType).map((t) => text(t)?.toUpperCase());
  if (types.includes('FULL_TIME')) return [36, 40];
  if (types.includes('PART_TIME')) return [16, 32];
  return undefined;
}

function contractOf(raw: Record<string, Json>): string | undefined {
  const own = text(raw['werkbrug:contractType']);
  if (own) return own;
  const types = list(raw.employmentType).map((t) => text(t)?.toUpperCase());
  if (types.includes('PER_DIEM')) return 'oproep';
  if (types.includes('TEMPORARY') || types.includes('CONTRACTOR') || types.includes('INTERN')) return 'tijdelijk';
  if (types.includes('FULL_TIME') || types.includes('PART_TIME') || types.includes('OTHER')) return 'vast';
  return undefined;
}

/** Google's credential categories as NLQF levels; no education asked is level 1. */
const credentialLevels: Record<string, number> = {
  'high school': 2,
  'professional certificate': 3,
  'associate degree': 5,
  'bachelor degree': 6,
  'postgraduate degree': 7,
};

function levelOf(raw: Record<string, Json>): number {
  const own = num(raw['werkbrug:nlqfLevel']);
  if (own !== undefined) return own;
  const categories = list(raw.educationRequirements).map((e) =>
    (isObject(e) ? text(e.credentialCategory) : text(e))?.toLowerCase(),
  );
  const levels = categories.map((c) => (c ? credentialLevels[c] : undefined)).filter((n) => n !== undefined);
  return levels.length > 0 ? Math.min(...levels) : 1;
}

function salaryOf(raw: Record<string, Json>) {
  const base = isObject(raw.baseSalary) ? raw.baseSalary : undefined;
  if (!base) return null;
  const value = isObject(base.value) ? base.value : { minValue: base.value, maxValue: base.value };
  let min = num(value.minValue ?? value.value);
  let max = num(value.maxValue ?? value.value) ?? min;
  const unit = (text(value.unitText) ?? text(base.unitText) ?? 'MONTH').toUpperCase();
  if (min === undefined || max === undefined) return null;
  // Dutch ads quote pay per month or per hour; a yearly amount becomes monthly (12 months, holiday pay apart).
  if (unit === 'YEAR') [min, max] = [Math.round(min / 12), Math.round(max / 12)];
  return { min, max, period: unit === 'HOUR' ? 'uur' : 'maand', caoScale: text(raw['werkbrug:caoScale']) ?? null };
}

function applicationOf(raw: Record<string, Json>) {
  const contact = list(raw.applicationContact).find(isObject) ?? {};
  const email = text(contact.email)?.replace(/^mailto:/i, '') ?? null;
  const phone = text(contact.telephone) ?? null;
  // Without a contact, the posting's own page on the job board is where people apply.
  const url = text(contact.url) ?? (email === null && phone === null ? (text(raw.url) ?? null) : null);
  return { url, email, phone, contactName: text(contact.name) ?? null };
}

export function fromJobPosting(raw: Json, ctx: JobPostingContext): MappedPosting {
  if (!isObject(raw) || !list(raw['@type']).some((t) => text(t) === 'JobPosting'))
    return {
      ok: false,
      sourceId: isObject(raw) ? (idOf(raw) ?? null) : null,
      problems: [{ field: '@type', reason: 'Dit is geen vacature: het @type is niet JobPosting.' }],
    };
  const problems: RecordProblem[] = [];
  const sourceId = idOf(raw);
  if (!sourceId)
    problems.push({
      field: 'identifier',
      reason: 'Er staat geen eigen code bij de vacature (identifier, @id of url).',
    });
  const org = list(raw.hiringOrganization)[0];
  const employerName = isObject(org) ? text(org.name) : text(org);
  if (!employerName) problems.push({ field: 'hiringOrganization.name', reason: 'De naam van de werkgever ontbreekt.' });
  const postedAt = date(raw.datePosted);
  if (!postedAt) problems.push({ field: 'datePosted', reason: 'De datum van plaatsing ontbreekt of is geen datum.' });
  const title = text(raw.title);
  if (!title) problems.push({ field: 'title', reason: 'De functietitel ontbreekt.' });
  const description = plainText(raw.description);
  if (!description) problems.push({ field: 'description', reason: 'De omschrijving ontbreekt.' });
  const occupationUri = occupationOf(raw, title, ctx);
  if (!occupationUri)
    problems.push({ field: 'occupationalCategory', reason: 'We kunnen niet lezen welk beroep dit is.' });
  const hours = hoursOf(raw);
  if (!hours) problems.push({ field: 'workHours', reason: 'Het aantal uren per week ontbreekt.' });
  if (problems.length > 0 || !sourceId || !employerName || !postedAt || !occupationUri || !hours)
    return { ok: false, sourceId: sourceId ?? null, problems };

  const address = isObject(list(raw.jobLocation)[0])
    ? (list(raw.jobLocation)[0] as Record<string, Json>).address
    : undefined;
  const stated = skillsOf(raw.skills, ctx);
  const orgId = isObject(org) ? (text(org.identifier) ?? text(org.sameAs) ?? employerName) : employerName;
  return {
    ok: true,
    record: {
      source: { system: ctx.system, id: sourceId },
      employerId: idFromSource('emp', { system: ctx.system, id: orgId }),
      employerName,
      postedAt,
      input: {
        title,
        description,
        occupationUri,
        postcode: isObject(address) ? (text(address.postalCode) ?? '') : '',
        address: isObject(address) ? (text(address.streetAddress) ?? null) : null,
        essentialSkills: stated.length > 0 ? stated : [...ctx.taxonomy.skillsOf(occupationUri).essential],
        optionalSkills: list(raw['werkbrug:optionalSkills'])
          .map(text)
          .filter((s): s is string => !!s),
        nlqfLevel: levelOf(raw),
        hoursMin: hours[0],
        hoursMax: hours[1],
        contractType: contractOf(raw),
        garantiebaan: bool(raw['werkbrug:garantiebaan']) ?? false,
        requiredCertificates: list(raw['werkbrug:requiredCertificates'])
          .map(text)
          .filter((s): s is string => !!s),
        openToStarters: bool(raw['werkbrug:openToStarters']) ?? false,
        trainingOffered: text(raw['werkbrug:trainingOffered']) ?? null,
        salary: salaryOf(raw),
        application: applicationOf(raw),
        validThrough: date(raw.validThrough) ?? '',
      },
    },
  };
}
