import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ShortlistType } from './types.ts';

const idArg = z.string().max(72);

builder.queryFields((t) => ({
  myShortlists: t.field({
    type: [ShortlistType],
    description: 'Lists the signed-in user owns, and (for jobseekers) lists shared with them.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    resolve: (_r, _a, ctx) => ctx.useCases.shortlists.mine(callerOf(ctx)),
  }),
  shortlist: t.field({
    type: ShortlistType,
    description: 'One shortlist by id.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, { id }, ctx) => ctx.useCases.shortlists.get(callerOf(ctx), String(id)),
  }),
}));
