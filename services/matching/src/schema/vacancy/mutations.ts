import { vacancyInputSchema } from '@werkbrug/shared/schemas/vacancy';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ContractTypeEnum, VacancyType } from './types.ts';

const SalaryInput = builder.inputType('SalaryInput', {
  description: 'Gross pay range.',
  fields: (t) => ({
    min: t.float({ required: true, description: 'Lowest, in euros.' }),
    max: t.float({ required: true, description: 'Highest, in euros.' }),
    period: t.string({ required: true, description: '`maand` or `uur`.' }),
    caoScale: t.string({ required: false, description: 'Collective agreement and scale.' }),
  }),
});

const ApplicationInput = builder.inputType('ApplicationInput', {
  description: 'How to apply: fill in at least one of web address, e-mail address or phone number.',
  fields: (t) => ({
    url: t.string({ required: false, description: 'Web page to apply on (https://...).' }),
    email: t.string({ required: false, description: 'E-mail address to apply to.' }),
    phone: t.string({ required: false, description: 'Phone number to call.' }),
    contactName: t.string({ required: false, description: 'Who to ask.' }),
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
    application: t.field({ type: ApplicationInput, required: true, description: 'How to apply.' }),
    validThrough: t.string({ required: true, description: 'Last day to apply (YYYY-MM-DD).' }),
  }),
  validate: vacancyInputSchema,
});

const idArg = z.string().max(72);

builder.mutationFields((t) => ({
  postVacancy: t.field({
    type: VacancyType,
    description: 'Post a vacancy. It becomes searchable within seconds.',
    authScopes: { employer: true },
    args: { input: t.arg({ type: VacancyInput, required: true }) },
    resolve: (_r, { input }, ctx) => ctx.useCases.vacancies.post(callerOf(ctx), input),
  }),
  updateVacancy: t.field({
    type: VacancyType,
    description: 'Change one of your vacancies.',
    authScopes: { employer: true },
    args: { id: t.arg.id({ required: true, validate: idArg }), input: t.arg({ type: VacancyInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => ctx.useCases.vacancies.update(callerOf(ctx), String(id), input),
  }),
  closeVacancy: t.field({
    type: VacancyType,
    description: 'Close one of your vacancies: it leaves search and matching.',
    authScopes: { employer: true },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, { id }, ctx) => ctx.useCases.vacancies.close(callerOf(ctx), String(id)),
  }),
}));
