import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { afterArg, firstArg } from '../pagination.ts';
import { VacancyListType, VacancyStatusEnum, VacancyType } from './types.ts';

builder.queryFields((t) => ({
  vacancy: t.field({
    type: VacancyType,
    description: 'One vacancy by id.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true, validate: z.string().max(72) }) },
    resolve: async (_r, args, ctx) =>
      (await ctx.deps.store.vacancies.get(String(args.id))) ?? Promise.reject(notFound('Deze vacature')),
  }),
  vacancyList: t.field({
    type: VacancyListType,
    description: 'Vacancies straight from the store, in id order, for browsing and exports. Search uses `vacancies`.',
    authScopes: { public: true },
    args: {
      municipality: t.arg.string({ required: false, validate: z.string().max(60) }),
      sector: t.arg.string({ required: false, validate: z.string().max(40) }),
      status: t.arg({ type: VacancyStatusEnum, required: false, defaultValue: 'open' }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.vacancies.browse(
        {
          municipality: args.municipality ?? undefined,
          sector: args.sector ?? undefined,
          status: args.status ?? undefined,
        },
        { first: args.first ?? 20, after: args.after },
      ),
  }),
  myVacancies: t.field({
    type: VacancyListType,
    description: 'The signed-in employer’s vacancies, open and closed.',
    authScopes: { employer: true },
    args: { first: firstArg(t.arg, 50, 100), after: afterArg(t.arg) },
    resolve: (_r, args, ctx) =>
      ctx.useCases.vacancies.listOwn(callerOf(ctx), { first: args.first ?? 50, after: args.after }),
  }),
}));
