import type { User } from '@werkbrug/shared/schemas/user';
import { email } from '@werkbrug/shared/schemas/user';
import { z } from 'zod';
import { builder } from './builder.ts';
import { invalidInput, rateLimited } from '../errors.ts';

export const RoleEnum = builder.enumType('Role', {
  description: 'What a user may do.',
  values: {
    JOBSEEKER: { value: 'jobseeker', description: 'Werkzoekende: own profile and lists.' },
    ADVISER: { value: 'adviser', description: 'Werkadviseur: their caseload and shortlists.' },
    EMPLOYER: { value: 'employer', description: 'Werkgever: own vacancies.' },
    ADMIN: { value: 'admin', description: 'Beheerder: taxonomy and sector outlook.' },
  } as const,
});

export const UserType = builder.objectRef<User>('User').implement({
  description: 'A signed-in user. Only ever returned to that user themselves.',
  authScopes: (user, ctx) => ctx.viewer?.user.id === user.id,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    email: t.exposeString('email', { description: 'Email address used to sign in.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    role: t.field({ type: RoleEnum, description: 'Role.', resolve: (u) => u.role }),
    profileId: t.exposeString('profileId', { nullable: true, description: 'For jobseekers: their profile.' }),
    employerId: t.exposeString('employerId', { nullable: true, description: 'For employers: who they post for.' }),
    demo: t.exposeBoolean('demo', { description: 'A demo account.' }),
  }),
});

const SignInResult = builder.objectRef<{ user: User; token: string; expiresAt: string }>('SignInResult').implement({
  description: 'A new session. The web app uses the HttpOnly cookie that comes with it; API clients send the token as Bearer.',
  authScopes: { public: true },
  fields: (t) => ({
    user: t.field({ type: UserType, description: 'Who signed in.', resolve: (r) => r.user }),
    token: t.exposeString('token', { description: 'Session token for the Authorization: Bearer header.' }),
    expiresAt: t.exposeString('expiresAt', { description: 'When the session ends (ISO 8601).' }),
  }),
});

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
      password: t.arg.string({ required: true, validate: z.string().min(1, { message: 'Vul je wachtwoord in.' }).max(200) }),
    },
    resolve: async (_r, args, ctx) => {
      if (!ctx.signInLimiter.allow([`ip:${ctx.clientAddress}`, `email:${args.email}`])) {
        throw rateLimited('Je hebt te vaak geprobeerd in te loggen. Wacht een kwartier en probeer het dan opnieuw.');
      }
      const session = await ctx.deps.sessions.signIn(args.email, args.password);
      if (!session) {
        throw invalidInput([], 'Het e-mailadres of het wachtwoord klopt niet.');
      }
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
