import { z } from 'zod';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { httpsLink } from '@werkbrug/shared/schemas/common';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { OutlookEnum, SectorType } from './types.ts';

builder.mutationFields((t) => ({
  setSectorOutlook: t.field({
    type: SectorType,
    description:
      'Change the regional outlook of a sector, with the fact it rests on (admins). Matching and search follow within seconds.',
    authScopes: { admin: true },
    args: {
      key: t.arg.string({ required: true, validate: z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' }) }),
      outlook: t.arg({ type: OutlookEnum, required: true }),
      fact: t.arg.string({
        required: true,
        validate: z.string().trim().min(10, { message: 'Beschrijf het feit in minstens 10 tekens.' }).max(500),
      }),
      source: t.arg.string({
        required: true,
        validate: httpsLink,
      }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.sectorOutlooks.set(callerOf(ctx), {
        key: args.key,
        outlook: args.outlook,
        fact: args.fact,
        source: args.source,
      }),
  }),
}));
