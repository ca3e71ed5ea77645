import type { User } from '@werkbrug/shared/schemas/user';
import type { Actor } from '../store/ports.ts';

/**
 * Who asks: the signed-in user (scope-auth has already checked the role) and the actor to record in
 * the audit log. Use cases decide what this user may do with this record; the schema never does.
 */
export interface Caller {
  user: User | undefined;
  actor: Actor & { requestId: string };
}

/** The use cases run after scope-auth admitted a role, so a signed-in user is a given there. */
export function signedIn(caller: Caller): User {
  if (!caller.user) throw new Error('use case called without a signed-in user');
  return caller.user;
}
