import type Database from 'better-sqlite3';
import type { ContactRequest, ContactRequestRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

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
export function createContactRequestRepository(db: Database.Database, changes: ChangeLog): ContactRequestRepository {
  const one = db.prepare('SELECT * FROM contact_requests WHERE id = ?');
  const pair = db.prepare('SELECT * FROM contact_requests WHERE vacancy_id = ? AND profile_id = ?');
  const byVacancy = db.prepare('SELECT * FROM contact_requests WHERE vacancy_id = ? ORDER BY created_at, id');
  const byAdviser = db.prepare('SELECT * FROM contact_requests WHERE adviser_id = ? ORDER BY created_at DESC, id');
  const byProfile = db.prepare('SELECT * FROM contact_requests WHERE profile_id = ? ORDER BY created_at DESC, id');
  const upsert = db.prepare(
    `INSERT INTO contact_requests (id, vacancy_id, employer_id, requested_by, profile_id, adviser_id, message, status, created_at, answered_at)
     VALUES (@id, @vacancyId, @employerId, @requestedBy, @profileId, @adviserId, @message, @status, @createdAt, @answeredAt)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, answered_at = excluded.answered_at`,
  );
  const saveSync = db.transaction((request: ContactRequest, actor: Parameters<ContactRequestRepository['save']>[1]) => {
    const existed = one.get(request.id) !== undefined;
    upsert.run(request);
    changes.record(
      actor,
      existed ? 'contact-request.update' : 'contact-request.create',
      { type: 'contact-request', id: request.id },
      null,
    );
    return request;
  });
  const all = (rows: unknown[]) => (rows as ContactRequestRow[]).map(toRequest);
  return {
    get: async (id) => {
      const row = one.get(id) as ContactRequestRow | undefined;
      return row ? toRequest(row) : null;
    },
    find: async (vacancyId, profileId) => {
      const row = pair.get(vacancyId, profileId) as ContactRequestRow | undefined;
      return row ? toRequest(row) : null;
    },
    listForVacancy: async (vacancyId) => all(byVacancy.all(vacancyId)),
    listForAdviser: async (adviserId) => all(byAdviser.all(adviserId)),
    listForProfile: async (profileId) => all(byProfile.all(profileId)),
    save: async (request, actor) => saveSync(request, actor),
  };
}
