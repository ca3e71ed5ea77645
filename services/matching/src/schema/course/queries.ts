import { z } from 'zod';
import { builder } from '../builder.ts';
import { notFound } from '../../errors.ts';
import { afterArg, firstArg } from '../pagination.ts';
import { CourseListType, CourseType } from './types.ts';

builder.queryFields((t) => ({
  course: t.field({
    type: CourseType,
    description: 'One course by id.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true, validate: z.string().max(72) }) },
    resolve: async (_r, args, ctx) =>
      (await ctx.deps.store.courses.get(String(args.id))) ?? Promise.reject(notFound('Deze opleiding')),
  }),
  courseList: t.field({
    type: CourseListType,
    description: 'Courses straight from the store, in id order. Search uses `courses`.',
    authScopes: { public: true },
    args: {
      providerId: t.arg.string({ required: false, validate: z.string().max(72) }),
      first: firstArg(t.arg),
      after: afterArg(t.arg),
    },
    resolve: (_r, args, ctx) =>
      ctx.deps.store.courses.list(
        { providerId: args.providerId ?? undefined, status: 'open' },
        { first: args.first ?? 20, after: args.after },
      ),
  }),
}));
