import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Dataset } from '@werkbrug/seed';
import { hashPassword } from '../../auth/password.ts';

export interface SeedResult {
  seeded: boolean;
  vacancies: number;
  courses: number;
  profiles: number;
  users: number;
}

/**
 * Demo accounts get a salt derived from their email, so seeding twice stores identical rows.
 * Only for demo accounts, which the service refuses to run with in production.
 */
function demoSalt(email: string): Buffer {
  return createHash('sha256').update(`werkbrug-demo-salt:${email}`).digest().subarray(0, 16);
}

/**
 * Loads a generated dataset as it is (ids, versions and dates unchanged, so seeding twice gives the
 * same rows) with an outbox row per aggregate, in one transaction. A database that was seeded
 * before is left alone; rows that already exist are never duplicated or overwritten. Only the demo
 * entry, the seed CLI and tests call this (through their seeder): the production bundle holds
 * neither the generator nor the demo password.
 */
export async function seedSqlite(db: Database.Database, dataset: Dataset): Promise<SeedResult> {
  const marker = db.prepare("SELECT value FROM meta WHERE key = 'seed'").pluck().get() as string | undefined;
  if (marker) return { seeded: false, vacancies: 0, courses: 0, profiles: 0, users: 0 };

  const hashes = new Map<string, string>();
  for (const u of dataset.users) hashes.set(u.id, await hashPassword(dataset.demoPassword, demoSalt(u.email)));

  const at = `${dataset.referenceDate}T00:00:00.000Z`;
  const outbox = db.prepare(
    "INSERT INTO outbox (aggregate_type, aggregate_id, op, version, created_at, next_attempt_at) VALUES (?, ?, 'upsert', ?, ?, ?)",
  );
  const vacancy = db.prepare(
    `INSERT OR IGNORE INTO vacancies (id, status, employer_id, sector, municipality, occupation_uri, posted_at, valid_through, version, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const course = db.prepare(
    'INSERT OR IGNORE INTO courses (id, status, provider_id, version, updated_at, body) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const profile = db.prepare(
    'INSERT OR IGNORE INTO profiles (id, user_id, adviser_id, visible_to_employers, version, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const user = db.prepare(
    'INSERT OR IGNORE INTO users (id, email, name, role, profile_id, employer_id, password_hash, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const audit = db.prepare(
    "INSERT INTO audit_log (at, actor_id, request_id, action, entity_type, entity_id) VALUES (?, NULL, NULL, 'seed', ?, NULL)",
  );

  const load = db.transaction(() => {
    const counts = { vacancies: 0, courses: 0, profiles: 0, users: 0 };
    for (const v of dataset.vacancies) {
      const r = vacancy.run(
        v.id,
        v.status,
        v.employerId,
        v.sector,
        v.location.municipality,
        v.occupationUri,
        v.postedAt,
        v.validThrough,
        v.version,
        v.updatedAt,
        JSON.stringify(v),
      );
      if (r.changes) {
        counts.vacancies++;
        outbox.run('vacancy', v.id, v.version, at, at);
      }
    }
    for (const c of dataset.courses) {
      if (course.run(c.id, c.status, c.providerId, c.version, c.updatedAt, JSON.stringify(c)).changes) {
        counts.courses++;
        outbox.run('course', c.id, c.version, at, at);
      }
    }
    for (const p of dataset.profiles) {
      const r = profile.run(
        p.id,
        p.userId,
        p.adviserId,
        p.consent.visibleToEmployers ? 1 : 0,
        p.version,
        p.updatedAt,
        JSON.stringify(p),
      );
      if (r.changes) {
        counts.profiles++;
        outbox.run('profile', p.id, p.version, at, at);
      }
    }
    for (const u of dataset.users) {
      if (user.run(u.id, u.email, u.name, u.role, u.profileId, u.employerId, hashes.get(u.id)!, u.demo ? 1 : 0).changes)
        counts.users++;
    }
    for (const type of ['vacancy', 'course', 'profile', 'user']) audit.run(at, type);
    db.prepare("INSERT INTO meta (key, value) VALUES ('seed', ?)").run(
      JSON.stringify({ seed: dataset.seed, referenceDate: dataset.referenceDate }),
    );
    return counts;
  });
  return { seeded: true, ...load() };
}
