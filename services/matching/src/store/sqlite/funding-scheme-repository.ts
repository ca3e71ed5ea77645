import type Database from 'better-sqlite3';
import { fundingSchemeSchema, type StoredFundingScheme } from '@werkbrug/shared/schemas/funding';
import type { Actor, FundingSchemeRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

/** Funding schemes admins saved, as JSON bodies by key; the shipped schemes stay the defaults. */
export function createFundingSchemeRepository(db: Database.Database, changes: ChangeLog): FundingSchemeRepository {
  const all = db.prepare('SELECT version, updated_at AS updatedAt, body FROM funding_schemes ORDER BY key');
  const versionOf = db.prepare('SELECT version FROM funding_schemes WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO funding_schemes (key, version, updated_at, body) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at, body = excluded.body`,
  );
  const read = (row: { version: number; updatedAt: string; body: string }): StoredFundingScheme => {
    const checked = fundingSchemeSchema.safeParse(JSON.parse(row.body));
    // Paths and codes only, as for the other aggregates.
    if (!checked.success)
      throw new Error(`A stored funding scheme does not match its schema (${checked.error.issues[0]?.path.join('.')})`);
    return { ...checked.data, version: row.version, updatedAt: row.updatedAt };
  };
  const saveSync = db.transaction((scheme: Parameters<FundingSchemeRepository['save']>[0], actor: Actor) => {
    const version = ((versionOf.get(scheme.key) as number | undefined) ?? 0) + 1;
    const updatedAt = new Date().toISOString();
    upsert.run(scheme.key, version, updatedAt, JSON.stringify(scheme));
    changes.record(actor, 'funding.update', { type: 'funding', id: scheme.key, version }, 'upsert');
    return { ...scheme, version, updatedAt };
  });
  return {
    list: async () => (all.all() as { version: number; updatedAt: string; body: string }[]).map(read),
    save: async (scheme, actor) => saveSync(scheme, actor),
  };
}
