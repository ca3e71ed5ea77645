import { builder } from '../builder.ts';
import { FundingSchemeType } from './types.ts';

builder.queryFields((t) => ({
  fundingSchemes: t.field({
    type: [FundingSchemeType],
    description:
      'Funding schemes for courses, as they are now. Ended schemes only with `includeEnded` (they stay as history).',
    authScopes: { public: true },
    args: {
      includeEnded: t.arg.boolean({ required: false, defaultValue: false, description: 'Also ended schemes.' }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.fundingSchemes.list({
        includeEnded: args.includeEnded ?? false,
        on: new Date().toISOString().slice(0, 10),
      }) as never,
  }),
}));
