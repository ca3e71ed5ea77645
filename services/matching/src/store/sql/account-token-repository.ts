import type { AccountToken, AccountTokenRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import type { SqlDatabase, SqlValue } from './sql.ts';

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
export function createAccountTokenRepository(db: SqlDatabase): AccountTokenRepository {
  return {
    create: (token, actor) =>
      db.transaction(async (tx) => {
        // A new link replaces the older ones of its kind for the same account or profile: only the latest mail works.
        const owners: string[] = [];
        const params: SqlValue[] = [token.kind];
        if (token.userId) {
          owners.push('user_id = ?');
          params.push(token.userId);
        }
        if (token.profileId) {
          owners.push('profile_id = ?');
          params.push(token.profileId);
        }
        if (owners.length)
          await tx.run(`DELETE FROM account_tokens WHERE kind = ? AND (${owners.join(' OR ')})`, params);
        await tx.run(
          `INSERT INTO account_tokens (token_hash, kind, user_id, email, profile_id, invited_by, expires_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            token.hash,
            token.kind,
            token.userId,
            token.email,
            token.profileId,
            token.invitedBy,
            token.expiresAt,
            token.createdAt,
          ],
        );
        // The audit names the account or profile, never the address or the token.
        await recordChange(
          tx,
          actor,
          `account-token.${token.kind}`,
          { type: 'user', id: token.userId ?? token.profileId },
          null,
        );
      }),
    consume: async (hash, kind, now) => {
      // DELETE … RETURNING in one statement: two requests with the same link cannot both get it.
      const row = await db.get<TokenRow>('DELETE FROM account_tokens WHERE token_hash = ? AND kind = ? RETURNING *', [
        hash,
        kind,
      ]);
      return row && row.expires_at > now ? toToken(row) : null;
    },
    deleteExpired: (now) => db.run('DELETE FROM account_tokens WHERE expires_at < ?', [now]),
  };
}
