import type { ContactRequest, ContactRequestRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import type { SqlDatabase } from './sql.ts';

interface ContactRequestRow {
  id: string;
  vacancy_id: string;
  employer_id: string;
  requested_by: string;
  profile_id: string;
  adviser_id: string | null;
  message: string;
  status: ContactRequest['status'];
  created_at: string;
  answered_at: string | null;
}

const toRequest = (r: ContactRequestRow): ContactRequest => ({
  id: r.id,
  vacancyId: r.vacancy_id,
  employerId: r.employer_id,
  requestedBy: r.requested_by,
  profileId: r.profile_id,
  adviserId: r.adviser_id,
  message: r.message,
  status: r.status,
  createdAt: r.created_at,
  answeredAt: r.answered_at,
});

/** Employers' requests to get in touch with a candidate; one per vacancy and person. */
export function createContactRequestRepository(db: SqlDatabase): ContactRequestRepository {
  const list = async (where: string, order: string, value: string) =>
    (
      await db.all<ContactRequestRow>(`SELECT * FROM contact_requests WHERE ${where} = ? ORDER BY ${order}`, [value])
    ).map(toRequest);
  return {
    get: async (id) => {
      const row = await db.get<ContactRequestRow>('SELECT * FROM contact_requests WHERE id = ?', [id]);
      return row ? toRequest(row) : null;
    },
    find: async (vacancyId, profileId) => {
      const row = await db.get<ContactRequestRow>(
        'SELECT * FROM contact_requests WHERE vacancy_id = ? AND profile_id = ?',
        [vacancyId, profileId],
      );
      return row ? toRequest(row) : null;
    },
    listForVacancy: (vacancyId) => list('vacancy_id', 'created_at, id', vacancyId),
    listForAdviser: (adviserId) => list('adviser_id', 'created_at DESC, id', adviserId),
    listForProfile: (profileId) => list('profile_id', 'created_at DESC, id', profileId),
    save: (request, actor) =>
      db.transaction(async (tx) => {
        const existed = (await tx.get('SELECT id FROM contact_requests WHERE id = ?', [request.id])) !== undefined;
        // Only the answer changes after the request is made.
        await tx.run(
          `INSERT INTO contact_requests (id, vacancy_id, employer_id, requested_by, profile_id, adviser_id, message, status, created_at, answered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET status = excluded.status, answered_at = excluded.answered_at`,
          [
            request.id,
            request.vacancyId,
            request.employerId,
            request.requestedBy,
            request.profileId,
            request.adviserId,
            request.message,
            request.status,
            request.createdAt,
            request.answeredAt,
          ],
        );
        await recordChange(
          tx,
          actor,
          existed ? 'contact-request.update' : 'contact-request.create',
          { type: 'contact-request', id: request.id },
          null,
        );
        return request;
      }),
  };
}
