import type { User } from '@werkbrug/shared/schemas/user';
import type {
  AccountTokenKind,
  AccountTokenRepository,
  ProfileRepository,
  SessionRepository,
  StoredUser,
  UserRepository,
} from '../store/ports.ts';
import type { NewSession, Sessions } from '../auth/sessions.ts';
import type { Mailer, OutgoingMail } from '../mail/mailer.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken, newOneTimeToken } from '../auth/tokens.ts';
import { alreadyRegisteredMail, confirmEmailMail, inviteMail, resetPasswordMail } from '../mail/account-mails.ts';
import { canEditProfile } from '../auth/policy.ts';
import { conflict, forbidden, invalidInput, mailUnavailable, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';

export interface AccountDeps {
  users: UserRepository;
  sessionStore: Pick<SessionRepository, 'deleteForUser'>;
  sessions: Pick<Sessions, 'start'>;
  tokens: AccountTokenRepository;
  profiles: Pick<ProfileRepository, 'get' | 'save'>;
  mailer: Mailer;
  /** Where links in mails point to (no trailing slash). */
  publicUrl: string;
  clock: Clock;
  ids: Ids;
  log?: (message: string) => void;
}

/** How long each link works: short for a password, longer for an invitation someone may read later. */
export const tokenHours: Record<AccountTokenKind, number> = {
  'confirm-email': 48,
  'reset-password': 2,
  invite: 24 * 7,
};

const linkPaths: Record<AccountTokenKind, string> = {
  'confirm-email': '/account/bevestigen',
  'reset-password': '/account/nieuw-wachtwoord',
  invite: '/account/uitnodiging',
};

const linkBroken = () =>
  invalidInput(
    [{ path: 'token', message: 'Deze link werkt niet meer. Hij is al gebruikt of te oud. Vraag een nieuwe link aan.' }],
    'Deze link werkt niet meer.',
  );

const publicUser = ({ passwordHash: _h, emailConfirmed: _c, ...user }: StoredUser): User => user;

/**
 * Accounts by e-mail: self-registration with a confirmation link, a new password by mail, and an
 * adviser inviting the person they guide. The answers never tell whether an address has an account
 * (the mail does), and every link works once.
 */
export function createAccountUseCases(deps: AccountDeps) {
  const { users, tokens, clock } = deps;

  async function send(mail: OutgoingMail): Promise<void> {
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      deps.log?.(`mail not sent: ${(error as Error).message}`);
      throw mailUnavailable();
    }
  }

  /** Stores a new token for the kind and returns the link that carries it. */
  async function issue(
    kind: AccountTokenKind,
    target: { userId: string | null; email: string; profileId?: string | null; invitedBy?: string | null },
    caller: Caller | null,
  ): Promise<string> {
    const { token, hash } = newOneTimeToken();
    const now = clock.now();
    await tokens.create(
      {
        hash,
        kind,
        userId: target.userId,
        email: target.email,
        profileId: target.profileId ?? null,
        invitedBy: target.invitedBy ?? null,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + tokenHours[kind] * 3_600_000).toISOString(),
      },
      caller?.actor ?? { userId: target.userId },
    );
    return `${deps.publicUrl}${linkPaths[kind]}?token=${encodeURIComponent(token)}`;
  }

  async function take(kind: AccountTokenKind, token: string) {
    const found = await tokens.consume(hashToken(token), kind, clock.now().toISOString());
    if (!found) throw linkBroken();
    return found;
  }

  async function sendConfirmation(user: StoredUser): Promise<void> {
    const link = await issue('confirm-email', { userId: user.id, email: user.email }, null);
    await send(confirmEmailMail(user.email, user.name, link, tokenHours['confirm-email']));
  }

  return {
    /** Always the same answer; the mail says what happened (a link, or "you already have an account"). */
    async register(input: { name: string; email: string; password: string }): Promise<boolean> {
      const existing = await users.findByEmail(input.email);
      if (existing?.emailConfirmed === false) {
        await sendConfirmation(existing);
      } else if (existing) {
        const reset = await issue('reset-password', { userId: existing.id, email: existing.email }, null);
        await send(alreadyRegisteredMail(existing.email, `${deps.publicUrl}/inloggen`, reset));
      } else {
        const user: StoredUser = {
          id: deps.ids.mint('usr'),
          email: input.email,
          name: input.name,
          role: 'jobseeker',
          profileId: null,
          employerId: null,
          demo: false,
          passwordHash: await hashPassword(input.password),
          emailConfirmed: false,
        };
        await users.save(user, { userId: user.id });
        await sendConfirmation(user);
      }
      return true;
    },

    /** A new confirmation mail for an account that was never confirmed; silent for anything else. */
    async resendConfirmation(email: string): Promise<boolean> {
      const existing = await users.findByEmail(email);
      if (existing?.emailConfirmed === false) await sendConfirmation(existing);
      return true;
    },

    async confirmEmail(token: string): Promise<NewSession> {
      const found = await take('confirm-email', token);
      const user = await users.findByEmail(found.email);
      if (!user || user.id !== found.userId) throw linkBroken();
      await users.save({ ...user, emailConfirmed: true }, { userId: user.id });
      return deps.sessions.start(publicUser(user));
    },

    /** Same answer whether or not the address has an account. */
    async requestPasswordReset(email: string): Promise<boolean> {
      const user = await users.findByEmail(email);
      if (user) {
        const link = await issue('reset-password', { userId: user.id, email: user.email }, null);
        await send(resetPasswordMail(user.email, link, tokenHours['reset-password']));
      }
      return true;
    },

    /** A new password ends every other session: whoever knew the old one is signed out. */
    async resetPassword(token: string, password: string): Promise<NewSession> {
      const found = await take('reset-password', token);
      const user = await users.findByEmail(found.email);
      if (!user || user.id !== found.userId) throw linkBroken();
      // Opening the link proves the address too.
      const next = { ...user, passwordHash: await hashPassword(password), emailConfirmed: true };
      await users.save(next, { userId: user.id });
      await deps.sessionStore.deleteForUser(user.id);
      return deps.sessions.start(publicUser(next));
    },

    /** An adviser invites a person they guide to take over the profile they made for them. */
    async invite(caller: Caller, profileId: string, email: string): Promise<boolean> {
      const adviser = signedIn(caller);
      const profile = await deps.profiles.get(profileId);
      if (!profile) throw notFound('Dit profiel');
      if (!canEditProfile(adviser, profile) || profile.adviserId !== adviser.id) throw forbidden();
      if (profile.userId) throw conflict('Deze persoon heeft al een account.');
      if (await users.findByEmail(email))
        throw invalidInput([
          { path: 'email', message: 'Dit e-mailadres hoort al bij een account. Gebruik een ander e-mailadres.' },
        ]);
      const link = await issue('invite', { userId: null, email, profileId, invitedBy: adviser.id }, caller);
      await send(inviteMail(email, adviser.name, link, tokenHours.invite / 24));
      return true;
    },

    /** The invited person chooses a password: the new account owns the profile and keeps the adviser. */
    async acceptInvite(token: string, password: string): Promise<NewSession> {
      const found = await take('invite', token);
      const profile = found.profileId ? await deps.profiles.get(found.profileId) : null;
      if (!profile || profile.userId || profile.adviserId !== found.invitedBy) throw linkBroken();
      if (await users.findByEmail(found.email))
        throw conflict('Dit e-mailadres hoort al bij een account. Log in met dat account.');
      const user: StoredUser = {
        id: deps.ids.mint('usr'),
        email: found.email,
        name: profile.alias,
        role: 'jobseeker',
        profileId: profile.id,
        employerId: null,
        demo: false,
        passwordHash: await hashPassword(password),
        emailConfirmed: true,
      };
      await users.save(user, { userId: user.id });
      await deps.profiles.save({ ...profile, userId: user.id }, { userId: user.id });
      return deps.sessions.start(publicUser(user));
    },
  };
}
export type AccountUseCases = ReturnType<typeof createAccountUseCases>;
