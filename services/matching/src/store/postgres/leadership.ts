import pg from 'pg';
import type { Leadership } from '../ports.ts';
import { advisoryKey } from '../sql/dialect.ts';

/**
 * Leadership by a session advisory lock on a connection of its own. The lock lives as long as that
 * connection: when the leader is killed, the server sees the socket close and frees the lock, and the
 * next instance to ask takes over (keepAlive catches a peer that vanished without closing it).
 */
export function advisoryLeadership(connectionString: string, applicationName = 'werkbrug-relay'): Leadership {
  let client: pg.Client | null = null;
  let leading = false;
  const drop = () => {
    const old = client;
    client = null;
    leading = false;
    old?.end().catch(() => undefined);
  };
  return {
    async acquire() {
      try {
        if (!client) {
          const fresh = new pg.Client({
            connectionString,
            keepAlive: true,
            application_name: applicationName,
            // Asked on every poll: an unreachable server must not hold the poll up for long.
            connectionTimeoutMillis: 5000,
          });
          fresh.on('error', drop);
          await fresh.connect();
          client = fresh;
        }
        if (leading) {
          // Still connected means still holding the lock.
          await client.query('SELECT 1');
          return true;
        }
        const { rows } = await client.query<{ ok: boolean }>(
          `SELECT pg_try_advisory_lock(${advisoryKey('relay')}) AS ok`,
        );
        leading = rows[0]?.ok === true;
        return leading;
      } catch {
        drop();
        return false;
      }
    },
    async release() {
      if (!client) return;
      const old = client;
      client = null;
      leading = false;
      // Closing the session frees its advisory locks.
      await old.end().catch(() => undefined);
    },
  };
}
