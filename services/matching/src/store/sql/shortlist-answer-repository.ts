import type { ShortlistAnswer, ShortlistAnswerRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import type { SqlDatabase } from './sql.ts';

interface AnswerRow {
  item_id: string;
  shortlist_id: string;
  answer: ShortlistAnswer['answer'];
  note: string;
  answered_at: string;
}

/** The person's answers to items on a list shared with them; erased with the list. */
export function createShortlistAnswerRepository(db: SqlDatabase): ShortlistAnswerRepository {
  return {
    listForShortlist: async (shortlistId) =>
      (
        await db.all<AnswerRow>('SELECT * FROM shortlist_answers WHERE shortlist_id = ? ORDER BY item_id', [
          shortlistId,
        ])
      ).map((r) => ({
        shortlistId: r.shortlist_id,
        itemId: r.item_id,
        answer: r.answer,
        note: r.note,
        answeredAt: r.answered_at,
      })),
    save: (answer, actor) =>
      db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO shortlist_answers (item_id, shortlist_id, answer, note, answered_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note, answered_at = excluded.answered_at`,
          [answer.itemId, answer.shortlistId, answer.answer, answer.note, answer.answeredAt],
        );
        await recordChange(tx, actor, 'shortlist-answer.save', { type: 'shortlist-answer', id: answer.itemId }, null);
        return answer;
      }),
    delete: (shortlistId, itemId, actor) =>
      db.transaction(async (tx) => {
        const removed =
          (await tx.run('DELETE FROM shortlist_answers WHERE shortlist_id = ? AND item_id = ?', [
            shortlistId,
            itemId,
          ])) > 0;
        if (removed)
          await recordChange(tx, actor, 'shortlist-answer.delete', { type: 'shortlist-answer', id: itemId }, null);
        return removed;
      }),
  };
}
