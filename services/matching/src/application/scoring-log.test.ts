import { afterEach, describe, expect, it } from 'vitest';
import type { ScoringLogEntry } from '../store/ports.ts';
import { createSqliteStore, type SqliteStore } from '../store/sqlite/create-sqlite-store.ts';
import { createScoringLogWriter, modelVersion, profileVersioner, purgeScoringLog } from './scoring-log.ts';

let store: SqliteStore;
afterEach(() => store?.close());

const entry = (at: string, rank: number, profileId: string | null = 'prf_logtest-01'): ScoringLogEntry => ({
  at,
  requestId: 'req-1',
  kind: 'vacancy',
  profileId,
  profileVersion: 'v1',
  modelVersion,
  targetId: `vac_target-${rank}`,
  rank,
  score: 80 - rank,
  components: [{ name: 'skills', value: 0.8, weight: 0.5, contribution: 40 }],
  viewerRole: 'adviser',
});

describe('the scoring log', () => {
  it('explains a ranking from last week, and forgets it after the retention period', async () => {
    store = createSqliteStore(':memory:');
    const writer = createScoringLogWriter(store.scoringLog);
    const lastWeek = '2026-02-23';
    writer.record([1, 2, 3].map((rank) => entry(`${lastWeek}T10:1${rank}:00.000Z`, rank)));
    writer.record([entry(`${lastWeek}T15:00:00.000Z`, 7)].map((e) => ({ ...e, targetId: 'vac_target-2' })));
    await writer.flush();
    const why = await store.scoringLog.find(
      { profileId: 'prf_logtest-01', targetId: 'vac_target-2', day: lastWeek },
      50,
    );
    expect(why.map((e) => [e.rank, e.score, e.modelVersion])).toEqual([
      [2, 78, modelVersion],
      [7, 73, modelVersion],
    ]);
    expect(why[0]?.components).toEqual([{ name: 'skills', value: 0.8, weight: 0.5, contribution: 40 }]);
    expect(
      await store.scoringLog.find({ profileId: 'prf_logtest-01', targetId: 'vac_target-2', day: '2026-02-24' }, 50),
    ).toEqual([]);

    const at = (iso: string) => ({ now: () => new Date(iso) });
    expect(await purgeScoringLog(store.scoringLog, 183, at('2026-03-02T04:00:00Z'))).toBe(0);
    expect(await purgeScoringLog(store.scoringLog, 183, at('2026-08-26T04:00:00Z'))).toBe(4);
    expect(await store.scoringLog.forProfile('prf_logtest-01', 50)).toEqual([]);
  });

  it('writes a request’s entries in one batch, after the response', async () => {
    const appended: number[] = [];
    const writer = createScoringLogWriter({ append: async (e) => void appended.push(e.length) }, { delayMs: 5 });
    for (let i = 0; i < 20; i++) writer.record([entry('2026-03-02T10:00:00.000Z', i + 1)]);
    expect(appended).toEqual([]); // nothing written while the request is still answering
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(appended).toEqual([20]);
  });

  it('keeps what a failing store could not take, for the next try', async () => {
    let fail = true;
    const written: ScoringLogEntry[] = [];
    const writer = createScoringLogWriter({
      append: async (e) => {
        if (fail) throw new Error('disk full');
        written.push(...e);
      },
    });
    writer.record([entry('2026-03-02T10:00:00.000Z', 1)]);
    await writer.flush();
    fail = false;
    writer.record([entry('2026-03-02T10:00:01.000Z', 2)]);
    await writer.flush();
    expect(written.map((e) => e.rank)).toEqual([1, 2]);
  });

  it('versions a profile by its scoring inputs only, with a key', () => {
    const version = profileVersioner('key-a');
    const profile = { id: 'prf_a', alias: 'Sanne', skills: ['s1'], postcode: '2011', nlqfLevel: 3 };
    expect(version(profile)).toBe(version({ ...profile, id: 'prf_b', alias: 'Daan' }));
    expect(version(profile)).not.toBe(version({ ...profile, postcode: '2012' }));
    expect(version(profile)).not.toBe(profileVersioner('key-b')(profile));
    expect(version(profile)).not.toContain('2011');
  });

  it('is erased with the person', async () => {
    store = createSqliteStore(':memory:');
    const profile = {
      id: 'prf_logtest-02',
      alias: 'Test',
      occupations: [],
      skills: [],
      certificates: [],
      wishes: { occupations: [], sectors: [], excludeOccupations: [], excludeSectors: [], stayInField: null },
      nlqfLevel: 3,
      postcode: '2011',
      travel: { mode: 'fiets' as const, maxMinutes: 30 },
      hoursMin: 24,
      hoursMax: 32,
      languages: [],
      targetGroups: [],
      eligibleFunding: [],
      consent: { visibleToEmployers: false, shareWithAdviser: true },
      demographics: { birthYear: null, gender: null, nationality: null },
      userId: null,
      adviserId: null,
      demo: false,
      version: 0,
      updatedAt: new Date().toISOString(),
    };
    await store.profiles.save(profile, { userId: null });
    await store.scoringLog.append([
      entry('2026-03-02T10:00:00.000Z', 1, profile.id),
      entry('2026-03-02T10:00:00.000Z', 1, null),
    ]);
    await store.profiles.erase(profile.id, { userId: null });
    expect(await store.scoringLog.forProfile(profile.id, 10)).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM scoring_log').pluck().get()).toBe(1);
  });
});
