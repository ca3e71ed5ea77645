import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { isoDate } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';
import { vacancyFacets } from '../../search/port.ts';
import { OutlookEnum } from '../taxonomy/types.ts';
import { afterArg, firstArg } from '../pagination.ts';
import { NearInput, queryArgSchema } from '../search/inputs.ts';
import { hours, level, shortList } from '../search/filter-rules.ts';
import { runSearch, searchResultTypes, type HitFieldBuilder } from '../search/results.ts';
import { ContractTypeEnum, VacancyType } from './types.ts';
import { createVacancySearch } from '../../application/vacancy-search.ts';

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
    minSalary: t.float({
      required: false,
      description: 'Lowest gross monthly pay in euros.',
      validate: z.number().min(0).max(100_000),
    }),
    postedSince: t.string({ required: false, description: 'Posted on or after (YYYY-MM-DD).', validate: isoDate }),
    employerIds: t.stringList({ required: false, description: 'Employer ids.', validate: shortList(20) }),
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

const VacancyFacetEnum = builder.enumType('VacancyFacet', {
  description: 'Fields to count values of over all hits.',
  values: enumValues(vacancyFacets, (f) => `Count hits per ${f}.`),
});

const VacancySearchResult = searchResultTypes('Vacancy', 'vacancy', (t: HitFieldBuilder<Vacancy>) =>
  t.field({ type: VacancyType, description: 'The vacancy.', resolve: (h) => h.node }),
);

builder.queryFields((t) => ({
  vacancies: t.field({
    type: VacancySearchResult,
    description: 'Search open vacancies as you type: typo tolerant, Dutch synonyms, filters, distance and facets.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({
        required: false,
        description: 'What to look for, e.g. `verpleegkundige`.',
        validate: queryArgSchema,
      }),
      filter: t.arg({ type: VacancySearchFilter, required: false, description: 'Filters.' }),
      near: t.arg({
        type: NearInput,
        required: false,
        description: 'Distance from here; with `radiusKm` only hits within it.',
      }),
      sort: t.arg({ type: VacancySortEnum, required: false, defaultValue: 'relevance', description: 'Order.' }),
      facets: t.arg({ type: [VacancyFacetEnum], required: false, description: 'Fields to count values of.' }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) =>
      runSearch(ctx, args, 'relevance', createVacancySearch(ctx.deps), (ids) => ctx.deps.store.vacancies.getMany(ids)),
  }),
}));
