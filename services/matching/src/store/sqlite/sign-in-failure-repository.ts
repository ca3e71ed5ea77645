import type Database from 'better-sqlite3';
import type { SignInFailureRepository } from '../ports.ts';

export function createSignInFailureRepository(db: Database.Database): SignInFailureRepository {
  const recent = db.prepare(
    'SELECT count(*) AS count, max(at) AS lastAt FROM sign_in_failures WHERE key = ? AND at >= ?',
  );
  const insert = db.prepare('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)');
  const clear = db.prepare('DELETE FROM sign_in_failures WHERE key = ?');
  const prune = db.prepare('DELETE FROM sign_in_failures WHERE at < ?');
  const record = db.transaction((keys: readonly string[], at: string) => {
    for (const key of keys) insert.run(key, at);
  });
  return {
    recent: async (key, since) => {
      const row = recent.get(key, since) as { count: number; lastAt: string | null };
      return { count: row.count, lastAt: row.lastAt };
    },
    record: async (keys, at) => record(keys, at),
    clear: async (key) => void clear.run(key),
    prune: async (before) => prune.run(before).changes,
  };
}
