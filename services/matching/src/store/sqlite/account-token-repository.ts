import type Database from 'better-sqlite3';
import type { AccountToken, AccountTokenRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

interface TokenRow {
  token_hash: string;
  kind: AccountToken['kind'];
  user_id: string | null;
  email: string;
  profile_id: string | null;
  invited_by: string | null;
  expires_at: string;
  created_at: string;
}

const toToken = (r: TokenRow): AccountToken => ({
  hash: r.token_hash,
  kind: r.kind,
  userId: r.user_id,
  email: r.email,
  profileId: r.profile_id,
  invitedBy: r.invited_by,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

/** One-time mail tokens by hash. Taking one deletes it in the same statement: a link works once. */
export function createAccountTokenRepository(db: Database.Database, changes: ChangeLog): AccountTokenRepository {
  const insert = db.prepare(
    `INSERT INTO account_tokens (token_hash, kind, user_id, email, profile_id, invited_by, expires_at, created_at)
     VALUES (@hash, @kind, @userId, @email, @profileId, @invitedBy, @expiresAt, @createdAt)`,
  );
  // A new link replaces the older ones: only the latest mail works.
  const dropEarlier = db.prepare(
    `DELETE FROM account_tokens WHERE kind = @kind
       AND ((@userId IS NOT NULL AND user_id = @userId) OR (@profileId IS NOT NULL AND profile_id = @profileId))`,
  );
  const take = db.prepare('DELETE FROM account_tokens WHERE token_hash = ? AND kind = ? RETURNING *');
  const expire = db.prepare('DELETE FROM account_tokens WHERE expires_at < ?');

  const createSync = db.transaction((token: AccountToken, actor: Parameters<AccountTokenRepository['create']>[1]) => {
    dropEarlier.run({ kind: token.kind, userId: token.userId, profileId: token.profileId });
    insert.run(token);
    // The audit names the account or profile, never the address or the token.
    changes.record(actor, `account-token.${token.kind}`, { type: 'user', id: token.userId ?? token.profileId }, null);
  });

  return {
    create: async (token, actor) => createSync(token, actor),
    consume: async (hash, kind, now) => {
      const row = take.get(hash, kind) as TokenRow | undefined;
      return row && row.expires_at > now ? toToken(row) : null;
    },
    deleteExpired: async (now) => expire.run(now).changes,
  };
}
