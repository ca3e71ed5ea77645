import { email, password } from '@werkbrug/shared/schemas/user';
import { shortText } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf, type Context } from '../../context.ts';
import { rateLimited } from '../../errors.ts';
import type { NewSession } from '../../auth/sessions.ts';
import { SignInResult } from '../viewer/types.ts';

const tokenArg = z
  .string()
  .min(20, { message: 'Deze link klopt niet.' })
  .max(200, { message: 'Deze link klopt niet.' });

/** Mail to an address is limited like signing in: per caller address and per e-mail address. */
async function limit(ctx: Context, address: string): Promise<void> {
  if (!(await ctx.useCases.mailLimit(address, ctx.clientAddress))) {
    throw rateLimited('Je hebt dit te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.');
  }
}

/** A link from a mail signed the person in: set the cookie, and let the rest of the request act for them. */
function signedInBy(ctx: Context, session: NewSession): NewSession {
  ctx.setSessionCookie(session.token);
  ctx.viewer = { user: session.user };
  return session;
}

builder.mutationFields((t) => ({
  register: t.boolean({
    description:
      'Make a jobseeker account. Always answers true: a mail with a confirmation link goes to the address (or, when it already has an account, a mail that says so).',
    authScopes: { public: true },
    args: {
      name: t.arg.string({ required: true, validate: shortText(1, 100, 'Je naam') }),
      email: t.arg.string({ required: true, validate: email }),
      password: t.arg.string({ required: true, validate: password }),
    },
    resolve: async (_r, args, ctx) => {
      await limit(ctx, args.email);
      return ctx.useCases.accounts.register(args);
    },
  }),
  resendConfirmation: t.boolean({
    description: 'Send the confirmation mail again. Always answers true.',
    authScopes: { public: true },
    args: { email: t.arg.string({ required: true, validate: email }) },
    resolve: async (_r, args, ctx) => {
      await limit(ctx, args.email);
      return ctx.useCases.accounts.resendConfirmation(args.email);
    },
  }),
  confirmEmail: t.field({
    type: SignInResult,
    description: 'Confirm the address with the token from the mail; signs the person in.',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, validate: tokenArg }) },
    resolve: async (_r, args, ctx) => signedInBy(ctx, await ctx.useCases.accounts.confirmEmail(args.token)),
  }),
  requestPasswordReset: t.boolean({
    description:
      'Mail a link to choose a new password. Always answers true, whether or not the address has an account.',
    authScopes: { public: true },
    args: { email: t.arg.string({ required: true, validate: email }) },
    resolve: async (_r, args, ctx) => {
      await limit(ctx, args.email);
      return ctx.useCases.accounts.requestPasswordReset(args.email);
    },
  }),
  resetPassword: t.field({
    type: SignInResult,
    description: 'Choose a new password with the token from the mail. Ends every other session; signs the person in.',
    authScopes: { public: true },
    args: {
      token: t.arg.string({ required: true, validate: tokenArg }),
      password: t.arg.string({ required: true, validate: password }),
    },
    resolve: async (_r, args, ctx) =>
      signedInBy(ctx, await ctx.useCases.accounts.resetPassword(args.token, args.password)),
  }),
  invitePerson: t.boolean({
    description:
      'A werkadviseur invites a person they guide (by e-mail) to take over the profile the adviser made for them.',
    authScopes: { adviser: true },
    args: {
      profileId: t.arg.id({ required: true, validate: z.string().max(72) }),
      email: t.arg.string({ required: true, validate: email }),
    },
    resolve: async (_r, args, ctx) => {
      await limit(ctx, args.email);
      return ctx.useCases.accounts.invite(callerOf(ctx), String(args.profileId), args.email);
    },
  }),
  acceptInvitation: t.field({
    type: SignInResult,
    description: 'The invited person chooses a password; the new account owns the profile. Signs them in.',
    authScopes: { public: true },
    args: {
      token: t.arg.string({ required: true, validate: tokenArg }),
      password: t.arg.string({ required: true, validate: password }),
    },
    resolve: async (_r, args, ctx) =>
      signedInBy(ctx, await ctx.useCases.accounts.acceptInvite(args.token, args.password)),
  }),
}));
