import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { afterArg, firstArg } from '../pagination.ts';
import { ProfileListType, ProfileType } from './types.ts';

const idArg = z.string().max(72);

builder.queryFields((t) => ({
  myProfile: t.field({
    type: ProfileType,
    nullable: true,
    description: 'The signed-in jobseeker’s own profile, or null when they have none yet.',
    authScopes: { jobseeker: true },
    resolve: (_r, _a, ctx) => ctx.useCases.profiles.mine(callerOf(ctx)),
  }),
  profile: t.field({
    type: ProfileType,
    description: 'One profile by id: for the person and their werkadviseur.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    // Checked in the use case as well as on the type, so a stranger learns nothing, not even that the id exists.
    resolve: (_r, args, ctx) => ctx.useCases.profiles.visible(callerOf(ctx), String(args.id)),
  }),
  caseload: t.field({
    type: ProfileListType,
    description: 'The people this werkadviseur guides (who share their profile with them).',
    authScopes: { adviser: true },
    args: { first: firstArg(t.arg, 50, 100), after: afterArg(t.arg) },
    resolve: (_r, args, ctx) =>
      ctx.useCases.profiles.caseload(callerOf(ctx), { first: args.first ?? 50, after: args.after }),
  }),
}));
