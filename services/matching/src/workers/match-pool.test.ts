import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';
import { createMatchPool } from './match-pool.ts';

/** Matching in worker threads: same answers as in process, follows the store, and refuses in plain words. */
let pooled: TestApp;
let inline: TestApp;
beforeAll(async () => {
  const env = { SEED_VACANCIES: '150', SEED_COURSES: '40', SEED_PROFILES: '20' };
  [pooled, inline] = await Promise.all([
    startTestApp({ ...env, MATCH_WORKERS: '1', MATCH_ANONYMOUS_CONCURRENCY: '2', MATCH_DEADLINE_MS: '3000' }),
    startTestApp(env),
  ]);
}, 120_000);
afterAll(async () => {
  await pooled?.close();
  await inline?.close();
});

const profile = `{ profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 24, hoursMax: 36 }, occupationTexts: ["verzorgende"], skillTexts: ["klantvriendelijk"] }`;
const query = `{ matchVacancies(profile: ${profile}, first: 10) { total matches { score vacancy { id } } }
  careerPaths(profile: ${profile}, first: 3) { paths { similarity occupation { uri } } } }`;

describe('matching in worker threads', () => {
  it('gives the same answers as matching in process', async () => {
    const a = await pooled.gql(query);
    const b = await inline.gql(query);
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    expect(a.data.matchVacancies.matches.length).toBeGreaterThan(0);
  });

  it('follows the store: a closed vacancy leaves the workers’ catalog', async () => {
    const first = (await pooled.gql(query)).data.matchVacancies.matches[0].vacancy.id as string;
    const vacancy = (await pooled.runtime.store.vacancies.get(first))!;
    await pooled.runtime.store.vacancies.save({ ...vacancy, status: 'closed' }, { userId: null });
    pooled.runtime.indexer.wake();
    await pooled.settled();
    const after = (await pooled.gql(query)).data.matchVacancies.matches.map(
      (m: { vacancy: { id: string } }) => m.vacancy.id,
    );
    expect(after).not.toContain(first);
  });

  it('refuses anonymous work over the cap at once with BUSY, and lets signed-in people through', async () => {
    const heavy = `{ a: careerPaths(profile: ${profile}) { notice } b: careerPaths(profile: ${profile}) { notice } c: careerPaths(profile: ${profile}) { notice } }`;
    const answers = await Promise.all(Array.from({ length: 4 }, () => pooled.gql(heavy)));
    const codes = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code));
    expect(codes).toContain('BUSY');
    const busy = answers.flatMap((a) => a.errors ?? []).find((e) => e.extensions?.code === 'BUSY')!;
    expect(busy.message).toBe('Het is nu te druk. Probeer het over een paar seconden opnieuw.');
    const adviser = await pooled.signIn('adviseur@demo.werkbrug.nl');
    expect(
      (await pooled.gql(`{ careerPaths(profile: ${profile}) { notice } }`, undefined, adviser)).errors,
    ).toBeUndefined();
  });

  it('answers TIMEOUT when a match does not finish within its deadline', async () => {
    const pool = createMatchPool({
      size: 1,
      database: pooled.runtime.config.database,
      today: null,
      pollMs: 1000,
      deadlineMs: 1,
      anonymousCap: 10,
    });
    try {
      await pool.ready();
      const profile = (await pooled.runtime.store.profiles.list({}, { first: 1 })).items[0]!;
      await expect(pool.careerPaths({ anonymous: false }, profile, { first: 10 })).rejects.toMatchObject({
        extensions: { code: 'TIMEOUT' },
      });
    } finally {
      await pool.close();
    }
  });
});
