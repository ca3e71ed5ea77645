import { savedSearchInputSchema } from '@werkbrug/shared/schemas/saved-search';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { AlertFrequencyEnum, SavedSearchKindEnum, SavedSearchType, UnsubscribeResult } from './types.ts';

const SaveSearchInput = builder.inputType('SaveSearchInput', {
  description: 'A search to save, with how often to mail what is new.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'A name, e.g. `Zorg in Haarlem`.' }),
    kind: t.field({ type: SavedSearchKindEnum, required: true, description: 'A search, or my matches.' }),
    query: t.string({
      required: false,
      description: 'For a search: the search page’s query string, e.g. `q=zorg&postcode=2011&km=10`.',
    }),
    frequency: t.field({ type: AlertFrequencyEnum, required: true, description: 'Daily or weekly.' }),
  }),
  validate: z.preprocess(
    (v) => ({ ...(v as object), query: (v as { query?: string | null }).query ?? '' }),
    savedSearchInputSchema,
  ),
});

const idArg = z.string().max(72);

builder.mutationFields((t) => ({
  saveSearch: t.field({
    type: SavedSearchType,
    description: 'Save a search or "my matches"; new fits are mailed daily or weekly, each with its reason.',
    authScopes: { jobseeker: true },
    args: { input: t.arg({ type: SaveSearchInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      ctx.useCases.savedSearches.save(
        callerOf(ctx),
        savedSearchInputSchema.parse({ ...input, query: input.query ?? '' }),
      ),
  }),
  setSavedSearchFrequency: t.field({
    type: SavedSearchType,
    description: 'Change how often a saved search mails.',
    authScopes: { jobseeker: true },
    args: {
      id: t.arg.id({ required: true, validate: idArg }),
      frequency: t.arg({ type: AlertFrequencyEnum, required: true }),
    },
    resolve: (_r, args, ctx) => ctx.useCases.savedSearches.setFrequency(callerOf(ctx), String(args.id), args.frequency),
  }),
  deleteSavedSearch: t.boolean({
    description: 'Stop a saved search and its mails.',
    authScopes: { jobseeker: true },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, args, ctx) => ctx.useCases.savedSearches.remove(callerOf(ctx), String(args.id)),
  }),
  unsubscribeAlert: t.field({
    type: UnsubscribeResult,
    description: 'Stop an alert with the signed token from its mail: no sign-in needed.',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, validate: z.string().min(10).max(500) }) },
    resolve: (_r, args, ctx) => ctx.useCases.savedSearches.unsubscribe(callerOf(ctx), args.token),
  }),
}));
