import type { Course } from '@werkbrug/shared/schemas/course';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { contractTypeLabelsNl } from '@werkbrug/shared/schemas/vacancy';
import { courseModeLabelsNl, fundingLabelsNl } from '@werkbrug/shared/schemas/course';
import { outlookLabelsNl } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from './builder.ts';
import { enumValues } from './enum-values.ts';
import type { Context } from '../context.ts';
import type { FacetCounts, SearchPage } from '../search/port.ts';
import { vacancyFacets, courseFacets } from '../search/port.ts';
import { CourseType, CourseModeEnum, FundingSchemeEnum } from './course.ts';
import { ContractTypeEnum, VacancyType } from './vacancy.ts';
import { OutlookEnum } from './taxonomy.ts';
import { PageInfo, firstArg, afterArg } from './pagination.ts';
import { FacetType, NearInput, decodeOffset, encodeOffset, queryArgSchema, resolveNear } from './search-inputs.ts';
import { isoDate } from '@werkbrug/shared/schemas/common';

const shortList = (max: number) => z.array(z.string().max(200)).max(max, { message: `Kies hoogstens ${max} waarden.` });
const level = z.number().int().min(1, { message: 'Kies een niveau van 1 tot en met 8.' }).max(8, { message: 'Kies een niveau van 1 tot en met 8.' });
const hours = z.number().int().min(0).max(60, { message: 'Vul hoogstens 60 uur in.' });

export const VacancySearchFilter = builder.inputType('VacancySearchFilter', {
  description: 'Narrow a vacancy search. Lists mean "any of these".',
  fields: (t) => ({
    sectors: t.stringList({ required: false, description: 'Sector keys, e.g. `healthcare`.', validate: shortList(20) }),
    outlooks: t.field({ type: [OutlookEnum], required: false, description: 'Sector outlooks.' }),
    municipalities: t.stringList({ required: false, description: 'Municipality names.', validate: shortList(20) }),
    occupationUris: t.stringList({ required: false, description: 'ESCO occupation URIs.', validate: shortList(50) }),
    levelMin: t.int({ required: false, description: 'Lowest NLQF level.', validate: level }),
    levelMax: t.int({ required: false, description: 'Highest NLQF level.', validate: level }),
    hoursMin: t.int({ required: false, description: 'Hours per week the job must at least offer.', validate: hours }),
    hoursMax: t.int({ required: false, description: 'Hours per week the job may at most start at.', validate: hours }),
    contractTypes: t.field({ type: [ContractTypeEnum], required: false, description: 'Contract types.' }),
    garantiebaan: t.boolean({ required: false, description: 'Only jobs suitable (or not) as garantiebaan.' }),
    bbl: t.boolean({ required: false, description: 'Only BBL learn-work jobs (or none).' }),
    minSalary: t.float({ required: false, description: 'Lowest gross monthly pay in euros.', validate: z.number().min(0).max(100_000) }),
    postedSince: t.string({ required: false, description: 'Posted on or after (YYYY-MM-DD).', validate: isoDate }),
    employerIds: t.stringList({ required: false, description: 'Employer ids.', validate: shortList(20) }),
  }),
});

export const CourseSearchFilter = builder.inputType('CourseSearchFilter', {
  description: 'Narrow a course search. Lists mean "any of these".',
  fields: (t) => ({
    providerIds: t.stringList({ required: false, description: 'Provider ids.', validate: shortList(30) }),
    modes: t.field({ type: [CourseModeEnum], required: false, description: 'How it is taught.' }),
    levelMin: t.int({ required: false, description: 'Lowest NLQF level.', validate: level }),
    levelMax: t.int({ required: false, description: 'Highest NLQF level.', validate: level }),
    maxDurationWeeks: t.int({ required: false, description: 'At most this many weeks.', validate: z.number().int().min(1).max(520) }),
    maxPriceAfterFunding: t.float({ required: false, description: 'Highest price in euros after STAP / NL leert door.', validate: z.number().min(0).max(100_000) }),
    fundingSchemes: t.field({ type: [FundingSchemeEnum], required: false, description: 'Qualifies for any of these.' }),
    startsBefore: t.string({ required: false, description: 'Has a start date on or before (YYYY-MM-DD).', validate: isoDate }),
    skillUris: t.stringList({ required: false, description: 'Teaches any of these skills.', validate: shortList(50) }),
    occupationUris: t.stringList({ required: false, description: 'Prepares for any of these occupations.', validate: shortList(50) }),
  }),
});

const VacancySortEnum = builder.enumType('VacancySort', {
  description: 'Order of vacancy hits.',
  values: {
    RELEVANCE: { value: 'relevance', description: 'Best text match first (newest first without a query).' },
    DISTANCE: { value: 'distance', description: 'Nearest first (needs `near`).' },
    NEWEST: { value: 'newest', description: 'Most recently posted first.' },
    SALARY: { value: 'salary', description: 'Highest pay first.' },
  } as const,
});

const CourseSortEnum = builder.enumType('CourseSort', {
  description: 'Order of course hits.',
  values: {
    RELEVANCE: { value: 'relevance', description: 'Best text match first.' },
    DISTANCE: { value: 'distance', description: 'Nearest first (needs `near`).' },
    PRICE: { value: 'price', description: 'Cheapest after funding first.' },
    DURATION: { value: 'duration', description: 'Shortest first.' },
    START_DATE: { value: 'startDate', description: 'Soonest start first.' },
  } as const,
});

const VacancyFacetEnum = builder.enumType('VacancyFacet', {
  description: 'Fields to count values of over all hits.',
  values: enumValues(vacancyFacets, (f) => `Count hits per ${f}.`),
});

const CourseFacetEnum = builder.enumType('CourseFacet', {
  description: 'Fields to count values of over all hits.',
  values: enumValues(courseFacets, (f) => `Count hits per ${f}.`),
});

function facetLabel(ctx: Context, field: string, value: string): string {
  switch (field) {
    case 'sector': return ctx.deps.taxonomy.sectorByKey.get(value as never)?.nameNl ?? value;
    case 'outlook': return outlookLabelsNl[value as keyof typeof outlookLabelsNl] ?? value;
    case 'contractType': return contractTypeLabelsNl[value as keyof typeof contractTypeLabelsNl] ?? value;
    case 'mode': return courseModeLabelsNl[value as keyof typeof courseModeLabelsNl] ?? value;
    case 'funding': return fundingLabelsNl[value as keyof typeof fundingLabelsNl] ?? value;
    case 'level': return `Niveau ${value}`;
    case 'garantiebaan':
    case 'bbl': return value === 'true' ? 'Ja' : 'Nee';
    default: return value;
  }
}

const labelled = (ctx: Context, facets: FacetCounts[]) =>
  facets.map((f) => ({ field: f.field, values: f.values.map((v) => ({ ...v, label: facetLabel(ctx, f.field, v.value) })) }));

interface Hit<T> {
  cursor: string;
  distanceKm: number | null;
  score: number;
  node: T;
}
interface Result<T> {
  totalCount: number;
  hits: Hit<T>[];
  facets: ReturnType<typeof labelled>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  degraded: boolean;
}

/** Loads hits from the store of record, in the index's order; ids the store no longer has are dropped. */
async function assemble<T extends { id: string }>(ctx: Context, page: SearchPage, offset: number, load: (ids: string[]) => Promise<T[]>): Promise<Result<T>> {
  const byId = new Map((await load(page.hits.map((h) => h.id))).map((r) => [r.id, r]));
  const hits = page.hits.flatMap((h, i) => {
    const node = byId.get(h.id);
    return node ? [{ cursor: encodeOffset(offset + i + 1), distanceKm: h.distanceKm === null ? null : Math.round(h.distanceKm * 10) / 10, score: h.score, node }] : [];
  });
  const end = offset + page.hits.length;
  return {
    totalCount: page.totalCount,
    hits,
    facets: labelled(ctx, page.facets),
    pageInfo: { hasNextPage: end < page.totalCount, endCursor: page.hits.length ? encodeOffset(end) : null },
    degraded: page.degraded,
  };
}

function resultTypes<T>(name: string, nodeType: typeof VacancyType | typeof CourseType, what: string) {
  const HitType = builder.objectRef<Hit<T>>(`${name}Hit`).implement({
    description: `One ${what} in a search result.`,
    authScopes: { public: true },
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass as `after` to continue after this hit.' }),
      distanceKm: t.exposeFloat('distanceKm', { nullable: true, description: 'Straight-line distance in km from `near`, one decimal.' }),
      score: t.exposeFloat('score', { description: 'Text relevance 0..1 (1 without a query).' }),
      node: t.field({ type: nodeType as never, description: `The ${what}.`, resolve: (h) => h.node as never }),
    }),
  });
  return builder.objectRef<Result<T>>(`${name}SearchResult`).implement({
    description: `A page of ${what} search hits with counts.`,
    authScopes: { public: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'Hits over all pages.' }),
      hits: t.field({ type: [HitType], description: 'This page.', resolve: (r) => r.hits }),
      facets: t.field({ type: [FacetType], description: 'Counts per value of the requested facets, over all hits.', resolve: (r) => r.facets }),
      pageInfo: t.field({ type: PageInfo, description: 'Where this page ends.', resolve: (r) => r.pageInfo }),
      degraded: t.exposeBoolean('degraded', { description: 'True when Meilisearch was unavailable and the embedded engine answered.' }),
    }),
  });
}

const VacancySearchResult = resultTypes<Vacancy>('Vacancy', VacancyType, 'vacancy');
const CourseSearchResult = resultTypes<Course>('Course', CourseType, 'course');

const clean = <T extends object>(o: T | null | undefined) =>
  o ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]: NonNullable<T[K]> }) : undefined;

interface SearchArgs {
  query?: string | null;
  filter?: object | null;
  near?: Parameters<typeof resolveNear>[0];
  sort?: string | null;
  facets?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

/** Both searches the same way: the port answers with ids, the store of record with the records. */
async function runSearch<T extends { id: string }>(
  ctx: Context,
  args: SearchArgs,
  search: (q: Parameters<Context['deps']['search']['searchVacancies']>[0]) => Promise<SearchPage>,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Result<T>> {
  const offset = decodeOffset(args.after);
  const page = await search({
    text: args.query?.trim() || undefined,
    filter: clean(args.filter) as never,
    near: resolveNear(args.near),
    sort: (args.sort ?? 'relevance') as never,
    facets: (args.facets ?? []) as never,
    offset,
    limit: args.first ?? 20,
  });
  return assemble(ctx, page, offset, load);
}

builder.queryFields((t) => ({
  vacancies: t.field({
    type: VacancySearchResult,
    description: 'Search open vacancies as you type: typo tolerant, Dutch synonyms, filters, distance and facets.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({ required: false, description: 'What to look for, e.g. `verpleegkundige`.', validate: queryArgSchema }),
      filter: t.arg({ type: VacancySearchFilter, required: false, description: 'Filters.' }),
      near: t.arg({ type: NearInput, required: false, description: 'Distance from here; with `radiusKm` only hits within it.' }),
      sort: t.arg({ type: VacancySortEnum, required: false, defaultValue: 'relevance', description: 'Order.' }),
      facets: t.arg({ type: [VacancyFacetEnum], required: false, description: 'Fields to count values of.' }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) => runSearch(ctx, args, (q) => ctx.deps.search.searchVacancies(q), (ids) => ctx.deps.store.vacancies.getMany(ids)),
  }),
  courses: t.field({
    type: CourseSearchResult,
    description: 'Search open courses: typo tolerant, Dutch synonyms, filters, distance and facets.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({ required: false, description: 'What to look for, e.g. `zorg`.', validate: queryArgSchema }),
      filter: t.arg({ type: CourseSearchFilter, required: false, description: 'Filters.' }),
      near: t.arg({ type: NearInput, required: false, description: 'Distance from here; with `radiusKm` only hits within it.' }),
      sort: t.arg({ type: CourseSortEnum, required: false, defaultValue: 'relevance', description: 'Order.' }),
      facets: t.arg({ type: [CourseFacetEnum], required: false, description: 'Fields to count values of.' }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) => runSearch(ctx, args, (q) => ctx.deps.search.searchCourses(q as never), (ids) => ctx.deps.store.courses.getMany(ids)),
  }),
}));
