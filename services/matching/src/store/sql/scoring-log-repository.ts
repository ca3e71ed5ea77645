import type { ScoringLogEntry, ScoringLogRepository } from '../ports.ts';
import { jsonValue, type SqlDatabase } from './sql.ts';

interface Row {
  at: string;
  request_id: string | null;
  kind: ScoringLogEntry['kind'];
  profile_id: string | null;
  profile_version: string;
  model_version: string;
  target_id: string;
  rank: number;
  score: number;
  /** Text on SQLite, jsonb (already parsed) on PostgreSQL. */
  components: unknown;
  viewer_role: ScoringLogEntry['viewerRole'];
}

const toEntry = (r: Row): ScoringLogEntry => ({
  at: r.at,
  requestId: r.request_id,
  kind: r.kind,
  profileId: r.profile_id,
  profileVersion: r.profile_version,
  modelVersion: r.model_version,
  targetId: r.target_id,
  rank: r.rank,
  score: Number(r.score),
  components: jsonValue(r.components) as ScoringLogEntry['components'],
  viewerRole: r.viewer_role,
});

const insertSql = `INSERT INTO scoring_log (at, request_id, kind, profile_id, profile_version, model_version, target_id, rank, score, components, viewer_role)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The scoring log in one table; a batch is one transaction, so writing a page of matches costs one commit. */
export function createScoringLogRepository(db: SqlDatabase): ScoringLogRepository {
  return {
    append: async (entries) => {
      if (entries.length === 0) return;
      await db.transaction(async (tx) => {
        for (const e of entries)
          await tx.run(insertSql, [
            e.at,
            e.requestId,
            e.kind,
            e.profileId,
            e.profileVersion,
            e.modelVersion,
            e.targetId,
            e.rank,
            e.score,
            JSON.stringify(e.components),
            e.viewerRole,
          ]);
      });
    },
    find: async ({ profileId, targetId, day }, limit) => {
      const start = new Date(`${day}T00:00:00.000Z`).toISOString();
      const next = new Date(Date.parse(start) + 86_400_000).toISOString();
      const rows = await db.all<Row>(
        'SELECT * FROM scoring_log WHERE profile_id = ? AND target_id = ? AND at >= ? AND at < ? ORDER BY at, id LIMIT ?',
        [profileId, targetId, start, next, limit],
      );
      return rows.map(toEntry);
    },
    forProfile: async (profileId, limit) =>
      (
        await db.all<Row>('SELECT * FROM scoring_log WHERE profile_id = ? ORDER BY at DESC, id DESC LIMIT ?', [
          profileId,
          limit,
        ])
      ).map(toEntry),
    purgeBefore: (before) => db.run('DELETE FROM scoring_log WHERE at < ?', [before]),
  };
}
