import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SecretRepository } from '../ports.ts';

/** Secrets in the `meta` table under `secret:<name>`; the first caller makes one, every later one reads it. */
export function createSecretRepository(db: Database.Database): SecretRepository {
  const insert = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  const read = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  return {
    get: async (name) => {
      const key = `secret:${name}`;
      insert.run(key, randomBytes(32).toString('base64url'));
      return read.get(key) as string;
    },
  };
}
