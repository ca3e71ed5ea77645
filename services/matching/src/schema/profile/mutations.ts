import { z } from 'zod';
import { profileInputSchema } from '@werkbrug/shared/schemas/profile';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ProfileInput } from './inputs.ts';
import { ProfileType } from './types.ts';

const idArg = z.string().max(72);

/**
 * The input as the shared schema reads it (defaults filled in, sector keys typed). The validation
 * plugin has already checked it against the same schema, so this cannot fail; it only gives the use
 * case the parsed shape rather than GraphQL's.
 */
const asProfileInput = (input: unknown) => profileInputSchema.parse(input);

builder.mutationFields((t) => ({
  createProfile: t.field({
    type: ProfileType,
    description: 'A jobseeker creates their own profile, or a werkadviseur creates one for a person they guide.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const { result, user } = await ctx.useCases.profiles.create(callerOf(ctx), asProfileInput(input));
      // The rest of this request acts for the user with their new profile (the type checks that id).
      if (user) ctx.viewer = { user };
      return result;
    },
  }),
  updateProfile: t.field({
    type: ProfileType,
    description: 'Change a profile (the person, or their werkadviseur).',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), input: t.arg({ type: ProfileInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => ctx.useCases.profiles.update(callerOf(ctx), String(id), asProfileInput(input)),
  }),
  setConsent: t.field({
    type: ProfileType,
    description: 'The person turns their consent switches on or off.',
    authScopes: { jobseeker: true },
    args: {
      profileId: t.arg.id({ required: true, validate: idArg }),
      visibleToEmployers: t.arg.boolean({ required: true }),
      shareWithAdviser: t.arg.boolean({ required: true }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.profiles.setConsent(callerOf(ctx), String(args.profileId), {
        visibleToEmployers: args.visibleToEmployers,
        shareWithAdviser: args.shareWithAdviser,
      }),
  }),
  deleteProfile: t.boolean({
    description: 'Erase a profile: from the store, the search index, every shortlist and the logs. Cannot be undone.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { id }, ctx) => {
      const { result, signedOut } = await ctx.useCases.profiles.erase(callerOf(ctx), String(id));
      // Their account is gone with them: the rest of this request is anonymous, the cookie is cleared.
      if (signedOut) {
        ctx.viewer = null;
        ctx.setSessionCookie(null);
      }
      return result;
    },
  }),
}));
