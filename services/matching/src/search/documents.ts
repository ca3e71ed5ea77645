import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { priceForAnyone, schemesForCourse } from '@werkbrug/shared/courses/funding-rules';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';

/**
 * What the search index holds: only the fields search needs, never personal data. Labels are
 * denormalised into the document (occupation names, skill labels and synonyms in Dutch and English)
 * so a search for "verpleger" finds a vacancy whose skills say "verpleegkundige zorg".
 */
export interface VacancyDocument extends Record<string, unknown> {
  id: string;
  version: number;
  title: string;
  occupationLabels: string[];
  skillLabels: string[];
  employerName: string;
  place: string;
  description: string;
  sector: string;
  outlook: string;
  municipality: string;
  occupationUri: string;
  employerId: string;
  contractType: string;
  level: number;
  hoursMin: number;
  hoursMax: number;
  garantiebaan: boolean;
  bbl: boolean;
  /** Gross per month; hourly pay counted at 156 hours a month. 0 when not given. */
  salaryMonthly: number;
  postedDay: number;
  _geo: { lat: number; lng: number };
}

export interface CourseDocument extends Record<string, unknown> {
  id: string;
  version: number;
  title: string;
  skillLabels: string[];
  occupationLabels: string[];
  providerName: string;
  description: string;
  providerId: string;
  mode: string;
  level: number;
  durationWeeks: number;
  price: number;
  /** Price after grants anyone may use (no situation or employer needed), at the next start. */
  priceAfterFunding: number;
  /** Keys of the funding schemes that may pay for the course at its next start (whoever may use them). */
  funding: string[];
  kind: string;
  skillUris: string[];
  occupationUris: string[];
  /** First start date still to come, as days since 1970; a far future day when none is known. */
  firstStartDay: number;
  startDays: number[];
  _geo?: { lat: number; lng: number };
}

export const noStartDay = 999_999;

export function epochDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

// Plain loops, no spread or flatMap: a vacancy has some 60 labels, and the temporary arrays showed
// in the profile of the index build (skillLabels alone 5 % of it).
function addSkillLabels(labels: string[], uris: readonly string[], taxonomy: Taxonomy): void {
  for (const uri of uris) {
    const s = taxonomy.skillByUri.get(uri);
    if (!s) continue;
    if (s.labelNl) labels.push(s.labelNl);
    for (const synonym of s.synonymsNl) labels.push(synonym);
    labels.push(s.labelEn);
  }
}

function skillLabels(uris: readonly string[], taxonomy: Taxonomy): string[] {
  const labels: string[] = [];
  addSkillLabels(labels, uris, taxonomy);
  return labels;
}

function occupationLabels(uris: readonly string[], taxonomy: Taxonomy): string[] {
  const labels: string[] = [];
  for (const uri of uris) {
    const o = taxonomy.occupationByUri.get(uri);
    if (!o) continue;
    labels.push(o.labelNl);
    for (const alt of o.altLabelsNl) labels.push(alt);
    labels.push(o.labelEn);
  }
  return labels;
}

function vacancySkillLabels(v: Vacancy, taxonomy: Taxonomy): string[] {
  const labels: string[] = [];
  addSkillLabels(labels, v.essentialSkills, taxonomy);
  addSkillLabels(labels, v.optionalSkills, taxonomy);
  return labels;
}

export function toVacancyDocument(
  v: Vacancy,
  taxonomy: Taxonomy,
  outlookOf: (s: SectorKey) => Outlook,
): VacancyDocument {
  const monthly = !v.salary ? 0 : v.salary.period === 'maand' ? v.salary.max : v.salary.max * 156;
  return {
    id: v.id,
    version: v.version,
    title: v.title,
    occupationLabels: occupationLabels([v.occupationUri], taxonomy),
    skillLabels: vacancySkillLabels(v, taxonomy),
    employerName: v.employerName,
    place: v.location.place,
    description: v.description,
    sector: v.sector,
    outlook: outlookOf(v.sector),
    municipality: v.location.municipality,
    occupationUri: v.occupationUri,
    employerId: v.employerId,
    contractType: v.contractType,
    level: v.nlqfLevel,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    garantiebaan: v.garantiebaan,
    bbl: v.contractType === 'bbl',
    salaryMonthly: Math.round(monthly),
    postedDay: epochDay(v.postedAt),
    _geo: { lat: v.location.lat, lng: v.location.lon },
  };
}

/**
 * A course's search document. Funding facets and the price after funding hold for the next start: the schemes
 * are read as they are at indexing time, and a change to a scheme re-indexes every course (relay.ts).
 */
export function toCourseDocument(
  c: Course,
  taxonomy: Taxonomy,
  today: string,
  schemes: readonly FundingSchemeData[],
): CourseDocument {
  const todayDay = epochDay(today);
  const startDays = c.startDates.map(epochDay).sort((a, b) => a - b);
  const next = [...c.startDates].sort().find((d) => d >= today) ?? today;
  const sectors = [
    ...new Set(c.targetOccupations.map((u) => taxonomy.occupationByUri.get(u)?.sector).filter((k) => k !== undefined)),
  ];
  const growing = sectors.some((k) => taxonomy.sectorByKey.get(k)?.outlook === 'growing');
  return {
    id: c.id,
    version: c.version,
    title: c.title,
    skillLabels: skillLabels(c.skillsTaught, taxonomy),
    occupationLabels: occupationLabels(c.targetOccupations, taxonomy),
    providerName: c.providerName,
    description: c.description,
    providerId: c.providerId,
    mode: c.mode,
    level: c.nlqfLevel,
    durationWeeks: c.durationWeeks,
    price: c.price,
    priceAfterFunding: priceForAnyone(schemes, c, next),
    funding: schemesForCourse(schemes, c, next, c.jobGuarantee || growing, sectors).map((s) => s.key),
    kind: c.kind,
    skillUris: [...c.skillsTaught],
    occupationUris: [...c.targetOccupations],
    firstStartDay: startDays.find((d) => d >= todayDay) ?? noStartDay,
    startDays,
    ...(c.location ? { _geo: { lat: c.location.lat, lng: c.location.lon } } : {}),
  };
}
