import type {
  AggregateType,
  AuditEntry,
  AuditRepository,
  ChangeFeed,
  OutboxEntry,
  OutboxRepository,
} from '../ports.ts';
import { placeholders, type SqlDatabase } from './sql.ts';

interface OutboxRow {
  id: number;
  aggregate_type: AggregateType;
  aggregate_id: string;
  op: 'upsert' | 'delete';
  version: number;
  created_at: string;
  attempts: number;
  last_error: string | null;
}

const toEntry = (r: OutboxRow): OutboxEntry => ({
  id: r.id,
  aggregateType: r.aggregate_type,
  aggregateId: r.aggregate_id,
  op: r.op,
  version: r.version,
  createdAt: r.created_at,
  attempts: r.attempts,
  lastError: r.last_error,
});

export function createOutboxRepository(db: SqlDatabase): OutboxRepository {
  return {
    pending: async (limit, now) =>
      (
        await db.all<OutboxRow>(
          "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
          [now, limit],
        )
      ).map(toEntry),
    markDone: async (ids, now) => {
      if (ids.length === 0) return;
      const forgotten = await db.transaction(async (tx) => {
        await tx.run(`UPDATE outbox SET status = 'done', processed_at = ? WHERE id IN ${placeholders(ids.length)}`, [
          now,
          ...ids,
        ]);
        // Deletes of erased profiles leave no trace once relayed: the id itself is personal data.
        return tx.run(
          `DELETE FROM outbox WHERE aggregate_type = 'profile' AND op = 'delete' AND id IN ${placeholders(ids.length)}`,
          ids,
        );
      });
      // That was the last trace of an erased person: out of the database's files too.
      if (forgotten > 0) await db.forgetDeleted();
    },
    markFailed: async (id, error, nextAttemptAt, maxAttempts) => {
      const row = await db.get<{ status: string }>(
        `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
           status = CASE WHEN attempts + 1 >= ? THEN 'dead' ELSE 'pending' END
         WHERE id = ? RETURNING status`,
        [error.slice(0, 500), nextAttemptAt, maxAttempts, id],
      );
      return row?.status === 'dead' ? 'dead' : 'retry';
    },
    markDoneUpTo: (id, now) =>
      db.run("UPDATE outbox SET status = 'done', processed_at = ? WHERE status = 'pending' AND id <= ?", [now, id]),
    latestId: async () => (await db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM outbox'))?.id ?? 0,
    stats: async (now) => {
      const rows = await db.all<{ status: string; n: number; oldest: string }>(
        "SELECT status, count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status != 'done' GROUP BY status",
      );
      const p = rows.find((r) => r.status === 'pending');
      return {
        pending: p?.n ?? 0,
        dead: rows.find((r) => r.status === 'dead')?.n ?? 0,
        oldestPendingAgeSeconds: p ? Math.max(0, (Date.parse(now) - Date.parse(p.oldest)) / 1000) : 0,
      };
    },
    dead: async (limit) =>
      (await db.all<OutboxRow>("SELECT * FROM outbox WHERE status = 'dead' ORDER BY id LIMIT ?", [limit])).map(toEntry),
  };
}

/**
 * The change feed is the outbox read by position rather than by status. Ids are committed in order
 * (SQLite has one writer; on PostgreSQL every outbox insert takes the lock in dialect.ts first), so
 * "after N" can never skip a change that commits later.
 */
export function createChangeFeed(db: SqlDatabase): ChangeFeed {
  return {
    since: async (seq, limit) =>
      (
        await db.all<OutboxRow>(
          'SELECT id, aggregate_type, aggregate_id, op, version, created_at FROM outbox WHERE id > ? ORDER BY id LIMIT ?',
          [seq, limit],
        )
      ).map((r) => ({
        seq: r.id,
        aggregateType: r.aggregate_type,
        aggregateId: r.aggregate_id,
        op: r.op,
        version: r.version,
        at: r.created_at,
      })),
    head: async () => (await db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM outbox'))?.id ?? 0,
  };
}

export function createAuditRepository(db: SqlDatabase): AuditRepository {
  return {
    list: async (filter, limit) => {
      const parts: string[] = [];
      const params: string[] = [];
      if (filter.entityId) {
        parts.push('entity_id = ?');
        params.push(filter.entityId);
      }
      if (filter.actorId) {
        parts.push('actor_id = ?');
        params.push(filter.actorId);
      }
      const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
      const rows = await db.all<{
        id: number;
        at: string;
        actor_id: string | null;
        request_id: string | null;
        action: string;
        entity_type: string;
        entity_id: string | null;
      }>(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`, [...params, limit]);
      return rows.map(
        (r): AuditEntry => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          requestId: r.request_id,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
        }),
      );
    },
  };
}
