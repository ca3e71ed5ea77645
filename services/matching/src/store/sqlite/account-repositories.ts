import type Database from 'better-sqlite3';
import type { User } from '@werkbrug/shared/schemas/user';
import type { SessionRepository, StoredUser, UserRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  profile_id: string | null;
  employer_id: string | null;
  password_hash: string;
  demo: number;
  email_confirmed: number;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  profileId: r.profile_id,
  employerId: r.employer_id,
  demo: r.demo === 1,
  passwordHash: r.password_hash,
  emailConfirmed: r.email_confirmed === 1,
});

const withoutHash = ({ passwordHash: _hidden, emailConfirmed: _confirmed, ...user }: StoredUser): User => user;

export function createUserRepository(db: Database.Database, changes: ChangeLog): UserRepository {
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const byEmail = db.prepare('SELECT * FROM users WHERE email = ?');
  const upsert = db.prepare(
    `INSERT INTO users (id, email, name, role, profile_id, employer_id, password_hash, demo, email_confirmed)
     VALUES (@id, @email, @name, @role, @profile_id, @employer_id, @password_hash, @demo, @email_confirmed)
     ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
       profile_id = excluded.profile_id, employer_id = excluded.employer_id, password_hash = excluded.password_hash,
       demo = excluded.demo, email_confirmed = excluded.email_confirmed`,
  );
  const saveSync = db.transaction((u: StoredUser, actor: Parameters<UserRepository['save']>[1]) => {
    const existed = byId.get(u.id) !== undefined;
    upsert.run({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      profile_id: u.profileId,
      employer_id: u.employerId,
      password_hash: u.passwordHash,
      demo: u.demo ? 1 : 0,
      email_confirmed: u.emailConfirmed === false ? 0 : 1,
    });
    changes.record(actor, existed ? 'user.update' : 'user.create', { type: 'user', id: u.id }, null);
    return withoutHash(u);
  });
  return {
    get: async (id) => {
      const row = byId.get(id) as UserRow | undefined;
      return row ? withoutHash(toUser(row)) : null;
    },
    findByEmail: async (email) => {
      const row = byEmail.get(email.trim().toLowerCase()) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    save: async (user, actor) => saveSync(user, actor),
    count: async () => db.prepare('SELECT count(*) FROM users').pluck().get() as number,
    countDemo: async () => db.prepare('SELECT count(*) FROM users WHERE demo = 1').pluck().get() as number,
  };
}

export function createSessionRepository(db: Database.Database): SessionRepository {
  const insert = db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)');
  const find = db.prepare('SELECT user_id, expires_at FROM sessions WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const expire = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  return {
    create: async (tokenHash, userId, expiresAt) => void insert.run(tokenHash, userId, expiresAt),
    find: async (tokenHash) => {
      const row = find.get(tokenHash) as { user_id: string; expires_at: string } | undefined;
      return row ? { userId: row.user_id, expiresAt: row.expires_at } : null;
    },
    delete: async (tokenHash) => void remove.run(tokenHash),
    deleteExpired: async (now) => expire.run(now).changes,
    deleteForUser: async (userId) => void removeForUser.run(userId),
  };
}
