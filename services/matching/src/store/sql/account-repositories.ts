import type { User } from '@werkbrug/shared/schemas/user';
import type { SessionRepository, StoredUser, UserRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import { flag, flagParam, type SqlDatabase } from './sql.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  profile_id: string | null;
  employer_id: string | null;
  password_hash: string;
  demo: number | boolean;
  email_confirmed: number | boolean;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  profileId: r.profile_id,
  employerId: r.employer_id,
  demo: flag(r.demo),
  passwordHash: r.password_hash,
  emailConfirmed: flag(r.email_confirmed),
});

const withoutHash = ({ passwordHash: _hidden, emailConfirmed: _confirmed, ...user }: StoredUser): User => user;

export function createUserRepository(db: SqlDatabase): UserRepository {
  return {
    get: async (id) => {
      const row = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
      return row ? withoutHash(toUser(row)) : null;
    },
    findByEmail: async (email) => {
      const row = await db.get<UserRow>('SELECT * FROM users WHERE email = ?', [email.trim().toLowerCase()]);
      return row ? toUser(row) : null;
    },
    save: (u, actor) =>
      db.transaction(async (tx) => {
        const existed = (await tx.get('SELECT id FROM users WHERE id = ?', [u.id])) !== undefined;
        await tx.run(
          `INSERT INTO users (id, email, name, role, profile_id, employer_id, password_hash, demo, email_confirmed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
             profile_id = excluded.profile_id, employer_id = excluded.employer_id, password_hash = excluded.password_hash,
             demo = excluded.demo, email_confirmed = excluded.email_confirmed`,
          [
            u.id,
            u.email,
            u.name,
            u.role,
            u.profileId,
            u.employerId,
            u.passwordHash,
            flagParam(u.demo),
            // Accounts made without the flag (seed, by hand) count as confirmed.
            flagParam(u.emailConfirmed !== false),
          ],
        );
        await recordChange(tx, actor, existed ? 'user.update' : 'user.create', { type: 'user', id: u.id }, null);
        return withoutHash(u);
      }),
    count: async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM users'))?.n ?? 0,
    countDemo: async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM users WHERE demo = ?', [1]))?.n ?? 0,
  };
}

/** Sessions live in the store, not in process memory: a sign-in on one instance is valid on every other. */
export function createSessionRepository(db: SqlDatabase): SessionRepository {
  return {
    create: async (tokenHash, userId, expiresAt) =>
      void (await db.run('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)', [
        tokenHash,
        userId,
        expiresAt,
      ])),
    find: async (tokenHash) => {
      const row = await db.get<{ user_id: string; expires_at: string }>(
        'SELECT user_id, expires_at FROM sessions WHERE token_hash = ?',
        [tokenHash],
      );
      return row ? { userId: row.user_id, expiresAt: row.expires_at } : null;
    },
    delete: async (tokenHash) => void (await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash])),
    deleteExpired: (now) => db.run('DELETE FROM sessions WHERE expires_at < ?', [now]),
    deleteForUser: async (userId) => void (await db.run('DELETE FROM sessions WHERE user_id = ?', [userId])),
  };
}
