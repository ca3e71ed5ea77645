import type { Course } from '@werkbrug/shared/schemas/course';
import { fundingLabelsNl } from '@werkbrug/shared/schemas/course';
import { builder } from '../builder.ts';
import { OccupationType, SkillType, resolveSkills } from '../taxonomy/types.ts';
import { LocationType } from '../vacancy/types.ts';
import { PageInfo } from '../pagination.ts';

export const CourseModeEnum = builder.enumType('CourseMode', {
  description: 'How the course is taught.',
  values: {
    KLASSIKAAL: { value: 'klassikaal', description: 'In a classroom.' },
    ONLINE: { value: 'online', description: 'Online.' },
    BLENDED: { value: 'blended', description: 'Partly online, partly in a classroom.' },
    BBL: { value: 'bbl', description: 'Learning while working (BBL).' },
  } as const,
});

export const FundingSchemeEnum = builder.enumType('FundingScheme', {
  description: 'Funding a course can qualify for.',
  values: {
    STAP: { value: 'stap', description: 'STAP-budget: up to € 1,000 per person per year.' },
    NL_LEERT_DOOR: { value: 'nl-leert-door', description: 'NL leert door: free.' },
    PRAKTIJKLEREN: { value: 'praktijkleren', description: 'Subsidie praktijkleren, through the employer (BBL).' },
    WERKGEVER: { value: 'werkgever', description: 'Paid by the employer.' },
  } as const,
});

export const FundingType = builder.objectRef<Course['funding'][number]>('Funding').implement({
  description: 'A funding scheme with its Dutch name.',
  authScopes: { public: true },
  fields: (t) => ({
    scheme: t.field({ type: FundingSchemeEnum, description: 'The scheme.', resolve: (f) => f }),
    labelNl: t.string({ description: 'Dutch name with the amount.', resolve: (f) => fundingLabelsNl[f] }),
  }),
});

export const CourseType = builder.objectRef<Course>('Course').implement({
  description: 'A retraining (omscholing) or upskilling (bijscholing) course.',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    title: t.exposeString('title', { description: 'Name of the course.' }),
    description: t.exposeString('description', { description: 'Description (Dutch).' }),
    providerId: t.exposeString('providerId', { description: 'Id of the provider.' }),
    providerName: t.exposeString('providerName', { description: 'Name of the provider.' }),
    providerKind: t.exposeString('providerKind', {
      description: 'roc, hogeschool, bedrijfsschool, particulier or netwerk.',
    }),
    skillsTaught: t.field({
      type: [SkillType],
      description: 'Skills the course teaches.',
      resolve: (c, _a, ctx) => resolveSkills(c.skillsTaught, ctx.deps.taxonomy.skillByUri),
    }),
    targetOccupations: t.field({
      type: [OccupationType],
      description: 'Occupations the course prepares for.',
      resolve: (c, _a, ctx) =>
        c.targetOccupations.map((u) => ctx.deps.taxonomy.occupationByUri.get(u)).filter((o) => o !== undefined),
    }),
    nlqfLevel: t.exposeInt('nlqfLevel', { description: 'Level, NLQF 1-8.' }),
    durationWeeks: t.exposeInt('durationWeeks', { description: 'Length in weeks.' }),
    hoursPerWeek: t.exposeInt('hoursPerWeek', { description: 'Study hours per week.' }),
    mode: t.field({ type: CourseModeEnum, description: 'How it is taught.', resolve: (c) => c.mode }),
    location: t.field({
      type: LocationType,
      nullable: true,
      description: 'Where; null for online courses.',
      resolve: (c) => c.location,
    }),
    startDates: t.exposeStringList('startDates', { description: 'Start dates (YYYY-MM-DD).' }),
    price: t.exposeFloat('price', { description: 'Price in euros before funding.' }),
    funding: t.field({
      type: [FundingType],
      description: 'Funding the course qualifies for.',
      resolve: (c) => c.funding,
    }),
    demo: t.exposeBoolean('demo', { description: 'True for demo data.' }),
  }),
});

export const CourseListType = builder
  .objectRef<{ items: Course[]; totalCount: number; endCursor: string | null }>('CourseList')
  .implement({
    description: 'A page of courses from the store, in id order.',
    authScopes: { public: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'How many in total.' }),
      items: t.field({ type: [CourseType], description: 'This page.', resolve: (p) => p.items }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Where this page ends.',
        resolve: (p) => ({ hasNextPage: p.endCursor !== null, endCursor: p.endCursor }),
      }),
    }),
  });
