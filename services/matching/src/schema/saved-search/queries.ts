import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { SavedSearchType } from './types.ts';

builder.queryFields((t) => ({
  mySavedSearches: t.field({
    type: [SavedSearchType],
    description: 'The signed-in person’s saved searches, oldest first.',
    authScopes: { jobseeker: true },
    resolve: (_r, _a, ctx) => ctx.useCases.savedSearches.mine(callerOf(ctx)),
  }),
}));
