import { createHash, randomBytes } from 'node:crypto';
import type { User } from '@werkbrug/shared/schemas/user';
import type { SessionRepository, UserRepository } from '../store/ports.ts';
import { verifyPassword } from './password.ts';

export const sessionCookieName = 'werkbrug_session';

/** Only the hash of a session token is stored, so a copy of the database cannot be used to sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Where a request may carry its token: the HttpOnly cookie (web app) or a Bearer header (API clients). */
export function tokenFromHeaders(headers: {
  cookie?: string | undefined;
  authorization?: string | undefined;
}): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === sessionCookieName) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

export function sessionCookie(token: string | null, options: { secure: boolean; maxAgeSeconds: number }): string {
  const attrs = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(options.secure ? ['Secure'] : [])];
  return token
    ? [`${sessionCookieName}=${encodeURIComponent(token)}`, `Max-Age=${options.maxAgeSeconds}`, ...attrs].join('; ')
    : [`${sessionCookieName}=`, 'Max-Age=0', ...attrs].join('; ');
}

export interface NewSession {
  user: User;
  token: string;
  expiresAt: string;
}

export interface Sessions {
  /** A new session; 'unconfirmed' when the password is right but the address was never confirmed. */
  signIn(email: string, password: string): Promise<NewSession | 'unconfirmed' | null>;
  /** A session for someone who just proved who they are another way (a link from their mail). */
  start(user: User): Promise<NewSession>;
  viewerFor(token: string | null): Promise<User | null>;
  signOut(token: string | null): Promise<void>;
}

export function createSessions(users: UserRepository, sessions: SessionRepository, ttlHours: number): Sessions {
  // A fixed hash to verify against when the email is unknown, so both paths take the same time.
  const decoy = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  async function start(user: User): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlHours * 3_600_000).toISOString();
    await sessions.create(hashToken(token), user.id, expiresAt);
    return { user, token, expiresAt };
  }
  return {
    async signIn(email, password) {
      const user = await users.findByEmail(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? decoy);
      if (!user || !ok) return null;
      if (user.emailConfirmed === false) return 'unconfirmed';
      const { passwordHash: _hidden, emailConfirmed: _confirmed, ...publicUser } = user;
      return start(publicUser);
    },
    start,
    async viewerFor(token) {
      if (!token || token.length > 200) return null;
      const session = await sessions.find(hashToken(token));
      if (!session || session.expiresAt < new Date().toISOString()) return null;
      return users.get(session.userId);
    },
    async signOut(token) {
      if (token) await sessions.delete(hashToken(token));
    },
  };
}
