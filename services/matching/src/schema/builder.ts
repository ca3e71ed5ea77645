import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../context.ts';
import { forbidden, invalidInput, unauthenticated } from '../errors.ts';

export interface AuthScopes {
  /** Anyone, signed in or not: an explicit decision, so the schema-walk test can tell it from a forgotten one. */
  public: boolean;
  signedIn: boolean;
  jobseeker: boolean;
  adviser: boolean;
  employer: boolean;
  admin: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
}>({
  // Scope-auth first, so no other plugin's wrapper runs before the checks.
  plugins: [ScopeAuthPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => {
      const role = ctx.viewer?.user.role;
      return {
        public: true,
        signedIn: !!ctx.viewer,
        jobseeker: role === 'jobseeker',
        adviser: role === 'adviser',
        employer: role === 'employer',
        admin: role === 'admin',
      };
    },
    // Anonymous callers hear they must sign in; signed-in callers that lack a scope hear "no access".
    unauthorizedError: (_parent, context) => (context.viewer ? forbidden() : unauthenticated()),
  },
  validation: {
    validationError: (failure) =>
      invalidInput(
        failure.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.'),
          message: issue.message,
        })),
      ),
  },
});

/** The builder's type parameters, for helpers that take refs or arg builders. */
export type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

builder.queryType({ description: 'Read the Werkbrug data: vacancies, courses, the taxonomy, matches.' });
builder.mutationType({
  description:
    'Change Werkbrug data. Every mutation needs a signed-in user, except signing in and the account and alert steps a mail link leads to.',
});
