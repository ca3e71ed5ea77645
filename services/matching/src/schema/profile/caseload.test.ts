import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/** The caseload at scale: search, filters, sort and pages, done in the store. */
let t: TestApp;
let adviser: string;
beforeAll(async () => {
  t = await startTestApp({ SEED_PROFILES: '300' });
  adviser = await t.signIn('adviseur@demo.werkbrug.nl');
}, 120_000);
afterAll(async () => t?.close());

const search = async (args: string) =>
  (
    await t.gql(
      `{ caseloadSearch(${args}) { totalCount items { lastActivityAt status profile { id alias postcode shortCode targetGroups } } } }`,
      undefined,
      adviser,
    )
  ).data.caseloadSearch as {
    totalCount: number;
    items: {
      lastActivityAt: string;
      status: string;
      profile: { id: string; alias: string; postcode: string; shortCode: string; targetGroups: string[] };
    }[];
  };

describe('the caseload at scale', () => {
  it('pages the whole caseload in a stable order, without repeats', async () => {
    const first = await search('first: 20');
    expect(first.totalCount).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (let offset = 0; offset < first.totalCount; offset += 20) {
      for (const e of (await search(`first: 20, offset: ${offset}`)).items) seen.add(e.profile.id);
    }
    expect(seen.size).toBe(first.totalCount);
    const aliases = first.items.map((e) => e.profile.alias.toLowerCase());
    expect(aliases).toEqual([...aliases].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds people by alias, postcode and short code, and tells same-alias people apart', async () => {
    const all = (await search('first: 100')).items;
    const someone = all[0]!;
    const byAlias = await search(`text: ${JSON.stringify(someone.profile.alias.slice(0, 4))}, first: 100`);
    expect(byAlias.items.map((e) => e.profile.id)).toContain(someone.profile.id);
    for (const e of byAlias.items)
      expect(e.profile.alias.toLowerCase()).toContain(someone.profile.alias.slice(0, 4).toLowerCase());
    const byCode = await search(`text: "${someone.profile.shortCode}", first: 100`);
    expect(byCode.items.map((e) => e.profile.id)).toContain(someone.profile.id);
    const byPostcode = await search(`text: "${someone.profile.postcode}", first: 100`);
    for (const e of byPostcode.items)
      expect(
        e.profile.postcode.startsWith(someone.profile.postcode) || e.profile.alias.includes(someone.profile.postcode),
      ).toBe(true);
    const sameAlias = all.filter((e) => e.profile.alias === someone.profile.alias);
    expect(new Set(sameAlias.map((e) => `${e.profile.postcode} ${e.profile.shortCode}`)).size).toBe(sameAlias.length);
  });

  it('filters by target group, status and activity, and sorts by last activity', async () => {
    const bijstand = await search('targetGroup: BIJSTAND, first: 100');
    for (const e of bijstand.items) expect(e.profile.targetGroups).toContain('BIJSTAND');
    const noList = await search('status: NO_LIST, first: 100');
    for (const e of noList.items) expect(e.status).toBe('NO_LIST');
    const recent = await search('sort: LAST_ACTIVITY, first: 30');
    const times = recent.items.map((e) => e.lastActivityAt);
    expect(times).toEqual([...times].sort().reverse());
    const active = await search('activityDays: 3650, first: 1');
    const inactive = await search('activityDays: -3650, first: 1');
    expect(active.totalCount + inactive.totalCount).toBe((await search('first: 1')).totalCount);
  });
});
