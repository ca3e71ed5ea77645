import type Database from 'better-sqlite3';
import type { Actor, AggregateType } from '../ports.ts';

/** Records that are not in the search index: only an audit row. */
type AuditOnlyType = 'shortlist' | 'user' | 'saved-search' | 'contact-request' | 'shortlist-answer';

/**
 * The two rows every change writes beside itself, in the caller's transaction: the outbox entry the
 * search indexer relays, and an audit entry (ids only, never personal data).
 */
export function createChangeLog(db: Database.Database) {
  const outbox = db.prepare(
    'INSERT INTO outbox (aggregate_type, aggregate_id, op, version, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const audit = db.prepare(
    'INSERT INTO audit_log (at, actor_id, request_id, action, entity_type, entity_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    record(
      actor: Actor,
      action: string,
      entity: { type: AggregateType | AuditOnlyType; id: string | null; version?: number },
      op: 'upsert' | 'delete' | null,
    ): void {
      const now = new Date().toISOString();
      if (op && entity.id) outbox.run(entity.type, entity.id, op, entity.version ?? 0, now, now);
      audit.run(now, actor.userId, actor.requestId ?? null, action, entity.type, entity.id);
    },
  };
}
export type ChangeLog = ReturnType<typeof createChangeLog>;
