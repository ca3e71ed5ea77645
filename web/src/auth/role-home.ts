import type { Role } from '../gql/graphql.ts';

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  JOBSEEKER: '/mijn',
  ADVISER: '/adviseur',
  EMPLOYER: '/werkgever',
  ADMIN: '/beheer',
};

/** Only paths inside this site may be a return target: `//evil.example` would leave it. */
export function safeReturnPath(value: string | null): string | null {
  return value?.startsWith('/') && !value.startsWith('//') ? value : null;
}
