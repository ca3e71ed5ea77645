import type { SectorOutlookOverride, SectorOutlookRepository } from '../ports.ts';
import { recordChange } from './changes.ts';
import type { SqlDatabase } from './sql.ts';

/** Admins' changes to the regional outlook of a sector; the shipped taxonomy holds the defaults. */
export function createSectorOutlookRepository(db: SqlDatabase): SectorOutlookRepository {
  return {
    list: () =>
      db.all<SectorOutlookOverride>(
        'SELECT key, outlook, fact, source, updated_at AS "updatedAt" FROM sector_outlooks ORDER BY key',
      ),
    save: (o, actor) =>
      db.transaction(async (tx) => {
        const updatedAt = new Date().toISOString();
        await tx.run(
          `INSERT INTO sector_outlooks (key, outlook, fact, source, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET outlook = excluded.outlook, fact = excluded.fact, source = excluded.source, updated_at = excluded.updated_at`,
          [o.key, o.outlook, o.fact, o.source, updatedAt],
        );
        const earlier = await tx.get<{ n: number }>(
          "SELECT count(*) AS n FROM audit_log WHERE entity_type = 'sector' AND entity_id = ?",
          [o.key],
        );
        // Vacancies carry their sector's outlook in the index, so the indexer must hear of the change.
        await recordChange(
          tx,
          actor,
          'sector.outlook',
          { type: 'sector', id: o.key, version: (earlier?.n ?? 0) + 1 },
          'upsert',
        );
        return { ...o, updatedAt };
      }),
  };
}
