import type { Actor, AggregateType } from '../ports.ts';
import { orderChange } from './dialect.ts';
import type { SqlExecutor } from './sql.ts';

/** Records that are in no search index: they write only an audit row. */
type AuditOnlyType = 'shortlist' | 'user' | 'saved-search' | 'contact-request' | 'shortlist-answer';

/**
 * The two rows every change writes beside itself, in the caller's transaction: the outbox entry the
 * search indexer relays and every instance follows (the change feed), and an audit entry (ids only,
 * never personal data).
 */
export async function recordChange(
  tx: SqlExecutor,
  actor: Actor,
  action: string,
  entity: { type: AggregateType | AuditOnlyType; id: string | null; version?: number },
  op: 'upsert' | 'delete' | null,
): Promise<void> {
  const now = new Date().toISOString();
  await tx.run(
    'INSERT INTO audit_log (at, actor_id, request_id, action, entity_type, entity_id) VALUES (?, ?, ?, ?, ?, ?)',
    [now, actor.userId, actor.requestId ?? null, action, entity.type, entity.id],
  );
  if (op && entity.id) {
    // Last, so the lock that orders the feed is held for as short a time as possible.
    await orderChange(tx);
    await tx.run(
      'INSERT INTO outbox (aggregate_type, aggregate_id, op, version, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)',
      [entity.type, entity.id, op, entity.version ?? 0, now, now],
    );
  }
}
