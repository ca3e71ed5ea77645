import type { SignInFailureRepository } from '../store/ports.ts';
import { hashed } from './sign-in-throttle.ts';

/**
 * Mails sent on request (confirmation, new password, invitation) are limited per e-mail address and
 * per caller address, so nobody can flood a mailbox or the mail server. Unlike sign-in failures every
 * request counts. The counts are kept in the store beside the sign-in failures (hashed keys, pruned
 * after a day), so every instance counts the same requests.
 */
export interface MailLimitOptions {
  /** Requests per e-mail address within the window. */
  perEmail: number;
  /** Requests per caller address within the window (an office shares one address). */
  perAddress: number;
  windowMs?: number;
  now?: () => number;
}

export type MailLimit = (email: string, address: string) => Promise<boolean>;

/** True, and counted, when one more mail may go; false when a limit is reached (not counted). */
export function createMailLimit(repo: SignInFailureRepository, options: MailLimitOptions): MailLimit {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  return async (email, address) => {
    const at = now();
    const since = new Date(at - windowMs).toISOString();
    const keys = [hashed('mail-to', email.trim().toLowerCase()), hashed('mail-from', address)];
    const [to, from] = await Promise.all(keys.map((key) => repo.recent(key, since)));
    if (to!.count >= options.perEmail || from!.count >= options.perAddress) return false;
    await repo.record(keys, new Date(at).toISOString());
    return true;
  };
}
