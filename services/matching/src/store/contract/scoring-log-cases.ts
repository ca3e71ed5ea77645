import { expect, it } from 'vitest';
import type { ScoringLogEntry } from '../ports.ts';
import { seedStore } from '../sql/seed-store.ts';
import { smallDataset, type StoreHarness } from './harness.ts';

const entry = (over: Partial<ScoringLogEntry>): ScoringLogEntry => ({
  at: '2026-11-27T10:00:00.000Z',
  requestId: 'req-1',
  kind: 'vacancy',
  profileId: 'pro_test-1',
  profileVersion: 'pv-abc',
  modelVersion: 'weights-0123456789ab',
  targetId: 'vac_test-1',
  rank: 1,
  score: 73.456789012,
  components: [{ name: 'skills', value: 0.8125, weight: 0.35, contribution: 28.4375 }],
  viewerRole: 'adviser',
  ...over,
});

/** The scoring log (AI Act art. 12): what was shown, found again by profile, target and day. */
export function scoringLogCases(h: StoreHarness) {
  it('finds the entries of one profile and target on one UTC day, exactly as written', async () => {
    const store = await h.open();
    await store.scoringLog.append([
      entry({}),
      entry({ at: '2026-11-27T23:59:59.999Z', rank: 3, requestId: null }),
      entry({ at: '2026-11-28T00:00:00.000Z', rank: 2 }),
      entry({ at: '2026-11-26T23:59:59.999Z' }),
      entry({ targetId: 'vac_test-2' }),
      entry({ profileId: null, kind: 'careerPath', viewerRole: 'anonymous' }),
    ]);
    await store.scoringLog.append([]);
    const day = await store.scoringLog.find({ profileId: 'pro_test-1', targetId: 'vac_test-1', day: '2026-11-27' }, 10);
    expect(day).toEqual([entry({}), entry({ at: '2026-11-27T23:59:59.999Z', rank: 3, requestId: null })]);
    expect(
      await store.scoringLog.find({ profileId: 'pro_test-1', targetId: 'vac_test-1', day: '2026-11-27' }, 1),
    ).toHaveLength(1);
    const all = await store.scoringLog.forProfile('pro_test-1', 10);
    expect(all.map((e) => e.at)).toEqual([
      '2026-11-28T00:00:00.000Z',
      '2026-11-27T23:59:59.999Z',
      '2026-11-27T10:00:00.000Z',
      '2026-11-27T10:00:00.000Z',
      '2026-11-26T23:59:59.999Z',
    ]);
  });

  it('purges entries older than the retention, and none younger', async () => {
    const store = await h.open();
    await store.scoringLog.append([
      entry({ at: '2026-05-01T00:00:00.000Z' }),
      entry({ at: '2026-06-01T00:00:00.000Z' }),
      entry({ at: '2026-11-01T00:00:00.000Z' }),
    ]);
    expect(await store.scoringLog.purgeBefore('2026-06-01T00:00:00.000Z')).toBe(1);
    expect((await store.scoringLog.forProfile('pro_test-1', 10)).map((e) => e.at)).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
    ]);
  });

  it('forgets an erased person’s entries and keeps everyone else’s', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const [person, other] = data.profiles;
    await store.scoringLog.append([entry({ profileId: person!.id }), entry({ profileId: other!.id })]);
    expect(await store.profiles.erase(person!.id, { userId: null })).toBe(true);
    expect(await store.scoringLog.forProfile(person!.id, 10)).toEqual([]);
    expect(await store.scoringLog.forProfile(other!.id, 10)).toHaveLength(1);
    expect(JSON.stringify(await h.rows(store, 'scoring_log'))).not.toContain(person!.id);
  });
}
