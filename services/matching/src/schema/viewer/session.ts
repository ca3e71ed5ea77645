import { email } from '@werkbrug/shared/schemas/user';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { SignInResult, UserType } from './types.ts';

builder.queryFields((t) => ({
  viewer: t.field({
    type: UserType,
    nullable: true,
    description: 'The signed-in user, or null.',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => ctx.viewer?.user ?? null,
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInResult,
    description: 'Sign in with email and password.',
    authScopes: { public: true },
    args: {
      email: t.arg.string({ required: true, validate: email }),
      password: t.arg.string({
        required: true,
        validate: z.string().min(1, { message: 'Vul je wachtwoord in.' }).max(200),
      }),
    },
    resolve: async (_r, args, ctx) => {
      const session = await ctx.useCases.signIn(args.email, args.password, ctx.clientAddress);
      ctx.setSessionCookie(session.token);
      // From here on this request acts for the person who just signed in (the User type shows itself only to its owner).
      ctx.viewer = { user: session.user };
      return session;
    },
  }),
  signOut: t.boolean({
    description: 'End the current session.',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      await ctx.deps.sessions.signOut(ctx.sessionToken);
      ctx.setSessionCookie(null);
      return true;
    },
  }),
}));
