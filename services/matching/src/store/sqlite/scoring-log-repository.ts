import type Database from 'better-sqlite3';
import type { ScoringLogEntry, ScoringLogRepository } from '../ports.ts';

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
  components: string;
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
  score: r.score,
  components: JSON.parse(r.components) as ScoringLogEntry['components'],
  viewerRole: r.viewer_role,
});

/** The scoring log in one table; a batch is one transaction, so writing a page of matches costs one commit. */
export function createScoringLogRepository(db: Database.Database): ScoringLogRepository {
  const insert = db.prepare(
    `INSERT INTO scoring_log (at, request_id, kind, profile_id, profile_version, model_version, target_id, rank, score, components, viewer_role)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const append = db.transaction((entries: readonly ScoringLogEntry[]) => {
    for (const e of entries)
      insert.run(
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
      );
  });
  const find = db.prepare(
    'SELECT * FROM scoring_log WHERE profile_id = ? AND target_id = ? AND at >= ? AND at < ? ORDER BY at, id LIMIT ?',
  );
  const forProfile = db.prepare('SELECT * FROM scoring_log WHERE profile_id = ? ORDER BY at DESC, id DESC LIMIT ?');
  const purge = db.prepare('DELETE FROM scoring_log WHERE at < ?');
  return {
    append: async (entries) => append(entries),
    find: async ({ profileId, targetId, day }, limit) => {
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
      return (find.all(profileId, targetId, `${day}T00:00:00`, next, limit) as Row[]).map(toEntry);
    },
    forProfile: async (profileId, limit) => (forProfile.all(profileId, limit) as Row[]).map(toEntry),
    purgeBefore: async (before) => purge.run(before).changes,
  };
}
