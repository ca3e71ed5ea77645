import type Database from 'better-sqlite3';
import type {
  AggregateType,
  AuditEntry,
  AuditRepository,
  ChangeFeed,
  OutboxEntry,
  OutboxRepository,
} from '../ports.ts';

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

export function createOutboxRepository(db: Database.Database): OutboxRepository {
  const pending = db.prepare(
    "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
  );
  const done = db.prepare("UPDATE outbox SET status = 'done', processed_at = ? WHERE id = ?");
  // Deletes of erased profiles leave no trace once relayed: the id itself is personal data.
  const forgetErased = db.prepare("DELETE FROM outbox WHERE id = ? AND aggregate_type = 'profile' AND op = 'delete'");
  const attempts = db.prepare('SELECT attempts FROM outbox WHERE id = ?').pluck();
  const fail = db.prepare(
    'UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, status = ? WHERE id = ?',
  );
  const doneUpTo = db.prepare(
    "UPDATE outbox SET status = 'done', processed_at = ? WHERE status = 'pending' AND id <= ?",
  );
  const latest = db.prepare('SELECT coalesce(max(id), 0) FROM outbox').pluck();
  const counts = db.prepare(
    "SELECT status, count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status != 'done' GROUP BY status",
  );
  const dead = db.prepare("SELECT * FROM outbox WHERE status = 'dead' ORDER BY id LIMIT ?");

  const markDone = db.transaction((ids: readonly number[], now: string) => {
    let forgotten = 0;
    for (const id of ids) {
      done.run(now, id);
      forgotten += forgetErased.run(id).changes;
    }
    return forgotten;
  });

  return {
    pending: async (limit, now) => (pending.all(now, limit) as OutboxRow[]).map(toEntry),
    markDone: async (ids, now) => {
      // The last trace of an erased person is gone: empty the write-ahead log of it too.
      if (markDone(ids, now) > 0) db.pragma('wal_checkpoint(TRUNCATE)');
    },
    markFailed: async (id, error, nextAttemptAt, maxAttempts) => {
      const n = ((attempts.get(id) as number | undefined) ?? 0) + 1;
      const status = n >= maxAttempts ? 'dead' : 'pending';
      fail.run(n, error.slice(0, 500), nextAttemptAt, status, id);
      return status === 'dead' ? 'dead' : 'retry';
    },
    markDoneUpTo: async (id, now) => doneUpTo.run(now, id).changes,
    latestId: async () => latest.get() as number,
    stats: async (now) => {
      const rows = counts.all() as { status: string; n: number; oldest: string }[];
      const p = rows.find((r) => r.status === 'pending');
      return {
        pending: p?.n ?? 0,
        dead: rows.find((r) => r.status === 'dead')?.n ?? 0,
        oldestPendingAgeSeconds: p ? Math.max(0, (Date.parse(now) - Date.parse(p.oldest)) / 1000) : 0,
      };
    },
    dead: async (limit) => (dead.all(limit) as OutboxRow[]).map(toEntry),
  };
}

export function createChangeFeed(db: Database.Database): ChangeFeed {
  const since = db.prepare('SELECT * FROM outbox WHERE id > ? ORDER BY id LIMIT ?');
  const latest = db.prepare('SELECT coalesce(max(id), 0) FROM outbox').pluck();
  return {
    since: async (afterSeq, limit) => (since.all(afterSeq, limit) as OutboxRow[]).map(toEntry),
    latest: async () => latest.get() as number,
  };
}

export function createAuditRepository(db: Database.Database): AuditRepository {
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
      const rows = db.prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`).all(...params, limit) as {
        id: number;
        at: string;
        actor_id: string | null;
        request_id: string | null;
        action: string;
        entity_type: string;
        entity_id: string | null;
      }[];
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
