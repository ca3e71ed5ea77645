import type { User } from '@werkbrug/shared/schemas/user';
import { builder } from '../builder.ts';

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

export const SignInResult = builder
  .objectRef<{ user: User; token: string; expiresAt: string }>('SignInResult')
  .implement({
    description:
      'A new session. The web app uses the HttpOnly cookie that comes with it; API clients send the token as Bearer.',
    authScopes: { public: true },
    fields: (t) => ({
      user: t.field({ type: UserType, description: 'Who signed in.', resolve: (r) => r.user }),
      token: t.exposeString('token', { description: 'Session token for the Authorization: Bearer header.' }),
      expiresAt: t.exposeString('expiresAt', { description: 'When the session ends (ISO 8601).' }),
    }),
  });
