import type { User } from '@werkbrug/shared/schemas/user';
import type { Sessions } from '../auth/sessions.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { emailNotConfirmed, invalidInput, rateLimited } from '../errors.ts';

export interface SignInDeps {
  sessions: Pick<Sessions, 'signIn'>;
  throttle: SignInThrottle;
}

/**
 * Signing in with email and password, slowed down after repeated failures (auth/sign-in-throttle.ts).
 * A refused attempt is not checked and not counted, so waiting is all it takes; the message says how long.
 */
export function createSignIn(deps: SignInDeps) {
  return (
    email: string,
    password: string,
    address: string,
  ): Promise<{ user: User; token: string; expiresAt: string }> =>
    deps.throttle.serialise(email, async () => {
      const waitMs = await deps.throttle.wait(email, address);
      if (waitMs > 0) {
        const seconds = Math.max(1, Math.ceil(waitMs / 1000));
        throw rateLimited(
          `Je hebt te vaak een verkeerd wachtwoord gebruikt. Wacht ${seconds} seconden en probeer het dan opnieuw.`,
          seconds,
        );
      }
      const session = await deps.sessions.signIn(email, password);
      if (!session) {
        await deps.throttle.failed(email, address);
        throw invalidInput([], 'Het e-mailadres of het wachtwoord klopt niet.');
      }
      await deps.throttle.succeeded(email);
      // The right password for an address never confirmed: not a failure, but no session either.
      if (session === 'unconfirmed') throw emailNotConfirmed();
      return session;
    });
}
