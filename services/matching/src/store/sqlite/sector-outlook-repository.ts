import type Database from 'better-sqlite3';
import type { SectorOutlookOverride, SectorOutlookRepository } from '../ports.ts';
import type { ChangeLog } from './changes.ts';

/** Admins' changes to the regional outlook of a sector; the shipped taxonomy holds the defaults. */
export function createSectorOutlookRepository(db: Database.Database, changes: ChangeLog): SectorOutlookRepository {
  const all = db.prepare(
    'SELECT key, outlook, fact, source, updated_at AS updatedAt FROM sector_outlooks ORDER BY key',
  );
  const upsert = db.prepare(
    `INSERT INTO sector_outlooks (key, outlook, fact, source, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET outlook = excluded.outlook, fact = excluded.fact, source = excluded.source, updated_at = excluded.updated_at`,
  );
  const version = db.prepare("SELECT count(*) FROM audit_log WHERE entity_type = 'sector' AND entity_id = ?").pluck();
  const saveSync = db.transaction(
    (o: Omit<SectorOutlookOverride, 'updatedAt'>, actor: Parameters<SectorOutlookRepository['save']>[1]) => {
      const updatedAt = new Date().toISOString();
      upsert.run(o.key, o.outlook, o.fact, o.source, updatedAt);
      // Vacancies carry their sector's outlook in the index, so the indexer must hear of the change.
      changes.record(
        actor,
        'sector.outlook',
        { type: 'sector', id: o.key, version: (version.get(o.key) as number) + 1 },
        'upsert',
      );
      return { ...o, updatedAt };
    },
  );
  return {
    list: async () => all.all() as SectorOutlookOverride[],
    save: async (o, actor) => saveSync(o, actor),
  };
}
