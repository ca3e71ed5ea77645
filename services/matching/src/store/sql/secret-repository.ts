import { randomBytes } from 'node:crypto';
import type { SecretRepository } from '../ports.ts';
import type { SqlDatabase } from './sql.ts';

/**
 * Secrets in the `meta` table under `secret:<name>`. The first caller makes one; ON CONFLICT keeps
 * whichever was written first, so two instances starting at once still share one secret.
 */
export function createSecretRepository(db: SqlDatabase): SecretRepository {
  return {
    get: async (name) => {
      const key = `secret:${name}`;
      await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
        key,
        randomBytes(32).toString('base64url'),
      ]);
      const row = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]);
      if (!row) throw new Error(`secret ${name} could not be stored`);
      return row.value;
    },
  };
}
