import type { Course } from '@werkbrug/shared/schemas/course';
import { isoDate } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';
import { courseFacets } from '../../search/port.ts';
import { afterArg, firstArg } from '../pagination.ts';
import { NearInput, queryArgSchema } from '../search/inputs.ts';
import { level, shortList } from '../search/filter-rules.ts';
import { runSearch, searchResultTypes, type HitFieldBuilder } from '../search/results.ts';
import { CourseModeEnum, CourseType } from './types.ts';
import { CourseKindEnum } from '../funding/types.ts';

export const CourseSearchFilter = builder.inputType('CourseSearchFilter', {
  description: 'Narrow a course search. Lists mean "any of these".',
  fields: (t) => ({
    providerIds: t.stringList({ required: false, description: 'Provider ids.', validate: shortList(30) }),
    modes: t.field({ type: [CourseModeEnum], required: false, description: 'How it is taught.' }),
    levelMin: t.int({ required: false, description: 'Lowest NLQF level.', validate: level }),
    levelMax: t.int({ required: false, description: 'Highest NLQF level.', validate: level }),
    maxDurationWeeks: t.int({
      required: false,
      description: 'At most this many weeks.',
      validate: z.number().int().min(1).max(520),
    }),
    maxPriceAfterFunding: t.float({
      required: false,
      description: 'Highest price in euros after funding anyone may use (without a situation or an employer).',
      validate: z.number().min(0).max(100_000),
    }),
    fundingSchemes: t.stringList({
      required: false,
      description: 'Funding scheme keys: may be paid by any of these.',
      validate: shortList(30),
    }),
    kinds: t.field({ type: [CourseKindEnum], required: false, description: 'Kinds of course.' }),
    startsBefore: t.string({
      required: false,
      description: 'Has a start date on or before (YYYY-MM-DD).',
      validate: isoDate,
    }),
    skillUris: t.stringList({ required: false, description: 'Teaches any of these skills.', validate: shortList(50) }),
    occupationUris: t.stringList({
      required: false,
      description: 'Prepares for any of these occupations.',
      validate: shortList(50),
    }),
  }),
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

const CourseFacetEnum = builder.enumType('CourseFacet', {
  description: 'Fields to count values of over all hits.',
  values: enumValues(courseFacets, (f) => `Count hits per ${f}.`),
});

const CourseSearchResult = searchResultTypes('Course', 'course', (t: HitFieldBuilder<Course>) =>
  t.field({ type: CourseType, description: 'The course.', resolve: (h) => h.node }),
);

builder.queryFields((t) => ({
  courses: t.field({
    type: CourseSearchResult,
    description: 'Search open courses: typo tolerant, Dutch synonyms, filters, distance and facets.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({ required: false, description: 'What to look for, e.g. `zorg`.', validate: queryArgSchema }),
      filter: t.arg({ type: CourseSearchFilter, required: false, description: 'Filters.' }),
      near: t.arg({
        type: NearInput,
        required: false,
        description: 'Distance from here; with `radiusKm` only hits within it.',
      }),
      sort: t.arg({ type: CourseSortEnum, required: false, defaultValue: 'relevance', description: 'Order.' }),
      facets: t.arg({ type: [CourseFacetEnum], required: false, description: 'Fields to count values of.' }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) =>
      runSearch(
        ctx,
        args,
        'relevance',
        (q) => ctx.deps.search.searchCourses(q),
        (ids) => ctx.deps.store.courses.getMany(ids),
      ),
  }),
}));
