import type Database from 'better-sqlite3';
import type { ShortlistAnswer, ShortlistAnswerRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

interface AnswerRow {
  item_id: string;
  shortlist_id: string;
  answer: ShortlistAnswer['answer'];
  note: string;
  answered_at: string;
}

/** The person's answers to items on a list shared with them; erased with the list. */
export function createShortlistAnswerRepository(db: Database.Database, changes: ChangeLog): ShortlistAnswerRepository {
  const byList = db.prepare('SELECT * FROM shortlist_answers WHERE shortlist_id = ?');
  const upsert = db.prepare(
    `INSERT INTO shortlist_answers (item_id, shortlist_id, answer, note, answered_at)
     VALUES (@itemId, @shortlistId, @answer, @note, @answeredAt)
     ON CONFLICT (item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note, answered_at = excluded.answered_at`,
  );
  const remove = db.prepare('DELETE FROM shortlist_answers WHERE shortlist_id = ? AND item_id = ?');
  const saveSync = db.transaction(
    (answer: ShortlistAnswer, actor: Parameters<ShortlistAnswerRepository['save']>[1]) => {
      upsert.run(answer);
      changes.record(actor, 'shortlist-answer.save', { type: 'shortlist-answer', id: answer.itemId }, null);
      return answer;
    },
  );
  const deleteSync = db.transaction(
    (shortlistId: string, itemId: string, actor: Parameters<ShortlistAnswerRepository['delete']>[2]) => {
      const removed = remove.run(shortlistId, itemId).changes > 0;
      if (removed) changes.record(actor, 'shortlist-answer.delete', { type: 'shortlist-answer', id: itemId }, null);
      return removed;
    },
  );
  return {
    listForShortlist: async (shortlistId) =>
      (byList.all(shortlistId) as AnswerRow[]).map((r) => ({
        shortlistId: r.shortlist_id,
        itemId: r.item_id,
        answer: r.answer,
        note: r.note,
        answeredAt: r.answered_at,
      })),
    save: async (answer, actor) => saveSync(answer, actor),
    delete: async (shortlistId, itemId, actor) => deleteSync(shortlistId, itemId, actor),
  };
}
