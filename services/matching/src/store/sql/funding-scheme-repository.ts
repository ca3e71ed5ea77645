import { fundingSchemeSchema, type StoredFundingScheme } from '@werkbrug/shared/schemas/funding';
import type { FundingSchemeRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import { jsonValue, type SqlDatabase } from './sql.ts';

interface Row {
  version: number;
  updatedAt: string;
  body: unknown;
}

/** Funding schemes admins saved, as JSON bodies by key; the shipped schemes stay the defaults. */
export function createFundingSchemeRepository(db: SqlDatabase): FundingSchemeRepository {
  const read = (row: Row): StoredFundingScheme => {
    const checked = fundingSchemeSchema.safeParse(jsonValue(row.body));
    // Paths and codes only, as for the other aggregates.
    if (!checked.success)
      throw new Error(`A stored funding scheme does not match its schema (${checked.error.issues[0]?.path.join('.')})`);
    return { ...checked.data, version: row.version, updatedAt: row.updatedAt };
  };
  return {
    list: async () =>
      (await db.all<Row>('SELECT version, updated_at AS "updatedAt", body FROM funding_schemes ORDER BY key')).map(
        read,
      ),
    save: (scheme, actor) =>
      db.transaction(async (tx) => {
        const updatedAt = new Date().toISOString();
        // The version is counted up in the upsert itself: two instances saving one scheme at once (even a new
        // one, when there is no row to lock yet) get two versions, never the same one twice.
        const row = await tx.get<{ version: number }>(
          `INSERT INTO funding_schemes (key, version, updated_at, body) VALUES (?, 1, ?, ?)
           ON CONFLICT (key) DO UPDATE SET version = funding_schemes.version + 1, updated_at = excluded.updated_at,
             body = excluded.body
           RETURNING version`,
          [scheme.key, updatedAt, JSON.stringify(scheme)],
        );
        const version = row?.version ?? 1;
        // Course search documents carry funding facets and routes read the schemes: every instance must hear of it.
        await recordChange(tx, actor, 'funding.update', { type: 'funding', id: scheme.key, version }, 'upsert');
        return { ...scheme, version, updatedAt };
      }),
  };
}
