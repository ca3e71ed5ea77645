import type { SignInFailureRepository } from '../ports.ts';
import type { SqlDatabase } from './sql.ts';

/** Failed sign-ins in the database, so every instance (and a restart) counts the same failures. */
export function createSignInFailureRepository(db: SqlDatabase): SignInFailureRepository {
  return {
    recent: async (key, since) => {
      const row = await db.get<{ count: number; last_at: string | null }>(
        'SELECT count(*) AS count, max(at) AS last_at FROM sign_in_failures WHERE key = ? AND at >= ?',
        [key, since],
      );
      return { count: Number(row?.count ?? 0), lastAt: row?.last_at ?? null };
    },
    record: async (keys, at) => {
      if (keys.length === 0) return;
      await db.transaction(async (tx) => {
        for (const key of keys) await tx.run('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)', [key, at]);
      });
    },
    clear: async (key) => void (await db.run('DELETE FROM sign_in_failures WHERE key = ?', [key])),
    prune: (before) => db.run('DELETE FROM sign_in_failures WHERE at < ?', [before]),
  };
}
