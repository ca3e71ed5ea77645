import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { vacancyInputSchema, type VacancyInput as VacancyInputShape } from '@werkbrug/shared/schemas/vacancy';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from './builder.ts';
import type { Context } from '../context.ts';
import { ownsVacancy } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { ContractTypeEnum, VacancyType } from './vacancy.ts';
import { afterArg, firstArg } from './pagination.ts';
import { VacancyListType } from './vacancy.ts';

const SalaryInput = builder.inputType('SalaryInput', {
  description: 'Gross pay range.',
  fields: (t) => ({
    min: t.float({ required: true, description: 'Lowest, in euros.' }),
    max: t.float({ required: true, description: 'Highest, in euros.' }),
    period: t.string({ required: true, description: '`maand` or `uur`.' }),
    caoScale: t.string({ required: false, description: 'Collective agreement and scale.' }),
  }),
});

export const VacancyInput = builder.inputType('VacancyInput', {
  description: 'A vacancy as an employer posts it. The service adds the location, sector and dates.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Job title.' }),
    description: t.string({ required: true, description: 'Description (at least 20 characters).' }),
    occupationUri: t.string({ required: true, description: 'ESCO occupation URI.' }),
    postcode: t.string({ required: true, description: 'Postcode of the workplace.' }),
    address: t.string({ required: false, description: 'Street address.' }),
    essentialSkills: t.stringList({ required: true, description: 'ESCO skill URIs the job needs (at least one).' }),
    optionalSkills: t.stringList({ required: false, description: 'ESCO skill URIs that help.' }),
    nlqfLevel: t.int({ required: true, description: 'Level, NLQF 1-8.' }),
    hoursMin: t.int({ required: true, description: 'Fewest hours per week.' }),
    hoursMax: t.int({ required: true, description: 'Most hours per week.' }),
    contractType: t.field({ type: ContractTypeEnum, required: true, description: 'Contract type.' }),
    garantiebaan: t.boolean({ required: false, description: 'Suitable as garantiebaan.' }),
    trainingOffered: t.string({ required: false, description: 'Training the employer offers.' }),
    salary: t.field({ type: SalaryInput, required: false, description: 'Pay range.' }),
    validThrough: t.string({ required: true, description: 'Last day to apply (YYYY-MM-DD).' }),
  }),
  validate: vacancyInputSchema,
});

/** Turns validated input into a full vacancy: location from the postcode, sector from the occupation. */
function toVacancy(ctx: Context, input: VacancyInputShape, base: { id: string; employerId: string; employerName: string; postedAt: string; version: number }): Vacancy {
  const problems: { path: string; message: string }[] = [];
  const area = lookupPostcode(input.postcode);
  if (!area) problems.push({ path: 'postcode', message: 'Deze postcode kennen we niet. Vul een postcode uit de regio in.' });
  const occupation = ctx.deps.taxonomy.occupationByUri.get(input.occupationUri);
  if (!occupation) problems.push({ path: 'occupationUri', message: 'Dit beroep kennen we niet.' });
  [...input.essentialSkills, ...input.optionalSkills].forEach((uri, i) => {
    if (!ctx.deps.taxonomy.skillByUri.has(uri)) problems.push({ path: i < input.essentialSkills.length ? `essentialSkills.${i}` : `optionalSkills.${i - input.essentialSkills.length}`, message: 'Deze vaardigheid kennen we niet.' });
  });
  const today = new Date().toISOString().slice(0, 10);
  if (input.validThrough < today) problems.push({ path: 'validThrough', message: 'Deze datum ligt in het verleden.' });
  if (problems.length || !area || !occupation) throw invalidInput(problems);
  return {
    id: base.id,
    title: input.title,
    description: input.description,
    employerId: base.employerId,
    employerName: base.employerName,
    occupationUri: occupation.uri,
    sector: occupation.sector,
    location: { postcode: input.postcode, address: input.address ?? null, place: area.place, municipality: area.municipality, lat: area.lat, lon: area.lon },
    essentialSkills: [...new Set(input.essentialSkills)],
    optionalSkills: [...new Set(input.optionalSkills)],
    nlqfLevel: input.nlqfLevel,
    hoursMin: input.hoursMin,
    hoursMax: input.hoursMax,
    contractType: input.contractType,
    garantiebaan: input.garantiebaan,
    trainingOffered: input.trainingOffered,
    salary: input.salary,
    postedAt: base.postedAt,
    validThrough: input.validThrough,
    status: 'open',
    demo: false,
    version: base.version,
    updatedAt: new Date().toISOString(),
  };
}

async function ownVacancy(ctx: Context, id: string): Promise<Vacancy> {
  const vacancy = await ctx.deps.store.vacancies.get(id);
  if (!vacancy) throw notFound('Deze vacature');
  if (!ownsVacancy(ctx.viewer?.user, vacancy)) throw forbidden();
  return vacancy;
}

const idArg = z.string().max(72);
const parse = (input: unknown) => {
  const result = vacancyInputSchema.safeParse(input);
  if (!result.success) throw invalidInput(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return result.data;
};

builder.queryFields((t) => ({
  myVacancies: t.field({
    type: VacancyListType,
    description: 'The signed-in employer’s vacancies, open and closed.',
    authScopes: { employer: true },
    args: { first: firstArg(t.arg, 50, 100), after: afterArg(t.arg) },
    resolve: (_r, args, ctx) => ctx.deps.store.vacancies.list({ employerId: ctx.viewer!.user.employerId ?? '-' }, { first: args.first ?? 50, after: args.after }),
  }),
}));

builder.mutationFields((t) => ({
  postVacancy: t.field({
    type: VacancyType,
    description: 'Post a vacancy. It becomes searchable within seconds.',
    authScopes: { employer: true },
    args: { input: t.arg({ type: VacancyInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const user = ctx.viewer!.user;
      if (!user.employerId) throw forbidden();
      const employerName = (await ctx.deps.store.vacancies.list({ employerId: user.employerId }, { first: 1 })).items[0]?.employerName ?? user.name;
      const vacancy = toVacancy(ctx, parse(input), {
        id: `vac_${randomBytes(9).toString('base64url')}`, employerId: user.employerId, employerName, postedAt: new Date().toISOString().slice(0, 10), version: 0,
      });
      const saved = await ctx.deps.store.vacancies.save(vacancy, ctx.actor);
      ctx.deps.indexer.wake();
      return saved;
    },
  }),
  updateVacancy: t.field({
    type: VacancyType,
    description: 'Change one of your vacancies.',
    authScopes: { employer: true },
    args: { id: t.arg.id({ required: true, validate: idArg }), input: t.arg({ type: VacancyInput, required: true }) },
    resolve: async (_r, { id, input }, ctx) => {
      const current = await ownVacancy(ctx, String(id));
      const next = toVacancy(ctx, parse(input), current);
      const saved = await ctx.deps.store.vacancies.save({ ...next, status: current.status }, ctx.actor);
      ctx.deps.indexer.wake();
      return saved;
    },
  }),
  closeVacancy: t.field({
    type: VacancyType,
    description: 'Close one of your vacancies: it leaves search and matching.',
    authScopes: { employer: true },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { id }, ctx) => {
      const saved = await ctx.deps.store.vacancies.save({ ...(await ownVacancy(ctx, String(id))), status: 'closed' }, ctx.actor);
      ctx.deps.indexer.wake();
      return saved;
    },
  }),
}));

