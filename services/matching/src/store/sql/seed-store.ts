import { createHash } from 'node:crypto';
import type { Dataset } from '@werkbrug/seed';
import { hashPassword } from '../../auth/password.ts';
import { orderChange } from './dialect.ts';
import { flagParam, placeholders, type SqlDatabase, type SqlExecutor, type SqlValue } from './sql.ts';

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

/** Rows per INSERT: well under both dialects' limit on bound values, and few round trips. */
const chunk = 200;

/**
 * Inserts rows that do not exist yet (existing ones are neither duplicated nor overwritten) and
 * returns the ids it inserted.
 */
async function insertNew(tx: SqlExecutor, table: string, columns: string[], rows: SqlValue[][]): Promise<string[]> {
  const inserted: string[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map(() => placeholders(columns.length)).join(', ');
    const ids = await tx.all<{ id: string }>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ON CONFLICT DO NOTHING RETURNING id`,
      part.flat(),
    );
    inserted.push(...ids.map((r) => r.id));
  }
  return inserted;
}

/**
 * Loads a generated dataset as it is (ids, versions and dates unchanged, so seeding twice gives the
 * same rows) with an outbox row per aggregate, in one transaction. A database that was seeded
 * before is left alone; rows that already exist are never duplicated or overwritten; two instances
 * seeding one PostgreSQL database at once seed it once. Only the demo entry, the seed CLI, tests and
 * benchmarks call this (through their seeder): the production bundle holds neither the generator nor
 * the demo password, and this module takes only a type from @werkbrug/seed.
 */
export async function seedStore(db: SqlDatabase, dataset: Dataset): Promise<SeedResult> {
  const hashes = new Map<string, string>();
  for (const u of dataset.users) hashes.set(u.id, await hashPassword(dataset.demoPassword, demoSalt(u.email)));
  const at = `${dataset.referenceDate}T00:00:00.000Z`;

  return db.transaction(async (tx) => {
    // Taken first: a second seeder waits here and then finds the marker.
    await orderChange(tx);
    const marker = await tx.get("SELECT value FROM meta WHERE key = 'seed'");
    if (marker) return { seeded: false, vacancies: 0, courses: 0, profiles: 0, users: 0 };

    const version = new Map<string, number>();
    for (const item of [...dataset.vacancies, ...dataset.courses, ...dataset.profiles])
      version.set(item.id, item.version);
    const outbox = async (type: string, ids: string[]) => {
      const rows = ids.map((id): SqlValue[] => [type, id, 'upsert', version.get(id) ?? 1, at, at]);
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        await tx.run(
          `INSERT INTO outbox (aggregate_type, aggregate_id, op, version, created_at, next_attempt_at) VALUES ${part
            .map(() => placeholders(6))
            .join(', ')}`,
          part.flat(),
        );
      }
      return ids.length;
    };

    const vacancies = await insertNew(
      tx,
      'vacancies',
      [
        'id',
        'status',
        'employer_id',
        'sector',
        'municipality',
        'occupation_uri',
        'posted_at',
        'valid_through',
        'version',
        'updated_at',
        'body',
      ],
      dataset.vacancies.map((v) => [
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
      ]),
    );
    const courses = await insertNew(
      tx,
      'courses',
      ['id', 'status', 'provider_id', 'version', 'updated_at', 'body'],
      dataset.courses.map((c) => [c.id, c.status, c.providerId, c.version, c.updatedAt, JSON.stringify(c)]),
    );
    const profiles = await insertNew(
      tx,
      'profiles',
      ['id', 'user_id', 'adviser_id', 'visible_to_employers', 'version', 'updated_at', 'body'],
      dataset.profiles.map((p) => [
        p.id,
        p.userId,
        p.adviserId,
        flagParam(p.consent.visibleToEmployers),
        p.version,
        p.updatedAt,
        JSON.stringify(p),
      ]),
    );
    const users = await insertNew(
      tx,
      'users',
      ['id', 'email', 'name', 'role', 'profile_id', 'employer_id', 'password_hash', 'demo'],
      dataset.users.map((u) => [
        u.id,
        u.email,
        u.name,
        u.role,
        u.profileId,
        u.employerId,
        hashes.get(u.id) ?? null,
        flagParam(u.demo),
      ]),
    );
    const counts = {
      vacancies: await outbox('vacancy', vacancies),
      courses: await outbox('course', courses),
      profiles: await outbox('profile', profiles),
      users: users.length,
    };
    for (const type of ['vacancy', 'course', 'profile', 'user'])
      await tx.run(
        "INSERT INTO audit_log (at, actor_id, request_id, action, entity_type, entity_id) VALUES (?, NULL, NULL, 'seed', ?, NULL)",
        [at, type],
      );
    await tx.run("INSERT INTO meta (key, value) VALUES ('seed', ?)", [
      JSON.stringify({ seed: dataset.seed, referenceDate: dataset.referenceDate }),
    ]);
    return { seeded: true, ...counts };
  });
}
