/**
 * Compiles the curated course catalogue, its providers and kinds, and the funding schemes
 * (shared/curation/courses, shared/curation/funding) into shared/src/data, checking every record against the
 * product's zod schemas and every course's duration against its kind's documented range. The output is
 * committed: the product never reads shared/curation.
 *
 *   npx tsx scripts/taxonomy/build-routes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from './csv.ts';
import { providerSchema, type Provider } from '@werkbrug/shared/schemas/course';
import { fundingSchemeSchema } from '@werkbrug/shared/schemas/funding';
import { catalogueEntrySchema, type CatalogueEntry } from '@werkbrug/shared/courses/catalogue';
import { courseKindInfoSchema, type CourseKindInfo } from '@werkbrug/shared/courses/course-kinds';

const root = resolve(import.meta.dirname, '../..');
const curation = join(root, 'shared/curation');
const out = join(root, 'shared/src/data');
const write = (name: string, value: unknown) => writeFileSync(join(out, name), `${JSON.stringify(value, null, 1)}\n`);
const tsv = (path: string) => parseCsv(readFileSync(join(curation, path), 'utf8'), '\t');
const problems: string[] = [];
// Courses lead to the occupations the region's vacancies are of (build.ts compiles them first), not to any of
// ESCO's 3,007: a course aimed elsewhere could never open a vacancy in reach.
const regional = new Set(
  (JSON.parse(readFileSync(join(out, 'region-occupations.json'), 'utf8')) as { uri: string }[]).map((r) => r.uri),
);

// Kinds and their documented duration ranges
const levelRanges = new Map<string, Record<string, [number, number]>>();
for (const r of tsv('courses/mbo-level-durations.tsv')) {
  const ranges = levelRanges.get(r.kind!) ?? {};
  ranges[r.nlqf_level!] = [Number(r.weeks_min), Number(r.weeks_max)];
  levelRanges.set(r.kind!, ranges);
}
const kinds: CourseKindInfo[] = tsv('courses/course-kinds.tsv').map((r) =>
  courseKindInfoSchema.parse({
    kind: r.kind,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    weeksMin: Number(r.weeks_min),
    weeksMax: Number(r.weeks_max),
    hoursPerWeekTypical: Number(r.hours_per_week_typical),
    descriptionNl: r.description_nl,
    basis: r.source_or_basis,
    byLevel: levelRanges.get(r.kind!) ?? {},
  }),
);
const kindByKey = new Map(kinds.map((k) => [k.kind, k]));

// Providers
const providers: Provider[] = tsv('courses/providers.tsv').map((r) =>
  providerSchema.parse({
    id: r.id,
    name: r.name,
    kind: r.kind,
    municipality: r.municipality,
    postcode: r.postcode,
    real: r.real === 'yes',
    website: r.website || null,
    phone: r.phone || null,
    email: r.email || null,
  }),
);
const providerById = new Map(providers.map((p) => [p.id, p]));

/**
 * Who hires you: the curated employer of a learn-work route, or the provider itself when it is a company school,
 * an employer or a training company that employs its BBL learners and pays the course (price 0). A BBL course at
 * a ROC has none: you find the learn-work job yourself.
 */
function employerOf(raw: RawCourse, provider: Provider): string | null {
  if (typeof raw.employerName === 'string' && raw.employerName) return raw.employerName;
  const learnsOnTheJob = ['mbo-bbl', 'bedrijfsopleiding', 'praktijkverklaring'].includes(String(raw.kind));
  return learnsOnTheJob && raw.price === 0 && provider.kind !== 'roc' ? provider.name : null;
}

/** A line of courses.jsonl as the curators write it (checked against the catalogue schema below). */
interface RawCourse extends Record<string, unknown> {
  id: string;
  providerId: string;
  kind: string;
  price: number;
  employerName?: string | null;
  priceNote?: string | null;
  places?: number | null;
  entry?: {
    minNlqf?: number;
    dutchLevel?: string | null;
    certificates?: string[];
    other?: string | null;
    experience?: boolean;
  };
  givesCertificates?: string[];
}

/** A scheme of schemes.json as the curators write it. */
interface RawScheme extends Record<string, unknown> {
  key: string;
  nl: string;
  en: string;
  courses: Record<string, unknown>;
}

// Courses
const catalogue: CatalogueEntry[] = [];
const lines = readFileSync(join(curation, 'courses/courses.jsonl'), 'utf8').split('\n').filter(Boolean);
for (const [i, line] of lines.entries()) {
  const raw = JSON.parse(line) as RawCourse;
  const provider = providerById.get(raw.providerId);
  if (!provider) {
    problems.push(`course ${i + 1} (${raw.id}): unknown provider ${raw.providerId}`);
    continue;
  }
  const parsed = catalogueEntrySchema.safeParse({
    key: raw.id,
    title: raw.title,
    kind: raw.kind,
    providerId: raw.providerId,
    nlqfLevel: raw.nlqfLevel,
    crebo: raw.crebo,
    durationWeeks: raw.durationWeeks,
    hoursPerWeek: raw.hoursPerWeek,
    mode: raw.mode,
    price: raw.price,
    priceNote: raw.priceNote ?? null,
    places: raw.places ?? null,
    startMonths: raw.startMonths,
    entry: {
      // The curators write 0 for "no level asked".
      minNlqf: raw.entry?.minNlqf ? raw.entry.minNlqf : null,
      dutchLevel: raw.entry?.dutchLevel ?? null,
      certificates: raw.entry?.certificates ?? [],
      note: raw.entry?.other ?? null,
      experience: raw.entry?.experience === true,
    },
    givesCertificates: raw.givesCertificates ?? [],
    targetOccupations: raw.targetOccupations,
    skills: raw.skills,
    jobGuarantee: raw.jobGuarantee === true,
    employerName: employerOf(raw, provider),
    signUp: raw.signUp,
    description: raw.description,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
    problems.push(`course ${i + 1} (${raw.id}): ${issues}`);
    continue;
  }
  const c = parsed.data;
  const kind = kindByKey.get(c.kind)!;
  const [min, max] = kind.byLevel[String(c.nlqfLevel)] ?? [kind.weeksMin, kind.weeksMax];
  if (c.durationWeeks < min || c.durationWeeks > max)
    problems.push(
      `course ${c.key}: ${c.durationWeeks} weeks is outside ${c.kind} (level ${c.nlqfLevel}) ${min}-${max}`,
    );
  if (c.jobGuarantee && !c.employerName) problems.push(`course ${c.key}: a job guarantee needs an employer`);
  for (const uri of c.targetOccupations)
    if (!regional.has(uri)) problems.push(`course ${c.key}: ${uri} is not one of the region's occupations`);
  catalogue.push(c);
}
if (new Set(catalogue.map((c) => c.key)).size !== catalogue.length) problems.push('course keys are not unique');

// Funding schemes, with the sectors of the sector funds
const sectorsOf = new Map(tsv('funding/scheme-sectors.tsv').map((r) => [r.key!, r.sectors!.split('|')]));
const schemes = (JSON.parse(readFileSync(join(curation, 'funding/schemes.json'), 'utf8')) as RawScheme[]).map((raw) => {
  const { nl, en, ...rest } = raw;
  const courses = { ...rest.courses, sectors: sectorsOf.get(raw.key) ?? null };
  sectorsOf.delete(raw.key);
  const parsed = fundingSchemeSchema.safeParse({ ...rest, courses, descriptionNl: nl, descriptionEn: en });
  if (!parsed.success)
    problems.push(
      `scheme ${raw.key}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
    );
  return parsed.data;
});

for (const key of sectorsOf.keys()) problems.push(`scheme-sectors.tsv names an unknown scheme ${key}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
write('course-kinds.json', kinds);
write('providers.json', providers);
write('course-catalogue.json', catalogue);
write('funding-schemes.json', schemes);
console.log(
  `routes: ${kinds.length} course kinds, ${providers.length} providers, ${catalogue.length} courses, ${schemes.length} funding schemes`,
);
