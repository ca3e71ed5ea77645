import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ContactRequestType } from './types.ts';

builder.queryFields((t) => ({
  myContactRequests: t.field({
    type: [ContactRequestType],
    description:
      'Employers’ requests to get in touch: for an adviser, about the people they guide; for a person without an adviser, about themselves.',
    authScopes: { $any: { adviser: true, jobseeker: true } },
    resolve: (_r, _a, ctx) => ctx.useCases.contactRequests.mine(callerOf(ctx)),
  }),
}));
