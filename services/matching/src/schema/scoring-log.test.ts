import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** Every score shown is logged; an admin can ask why a vacancy was ranked where it was, for whom, on a day. */
let t: TestApp;
let adviser: string;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '150', SEED_COURSES: '40', SEED_PROFILES: '30' });
  adviser = await t.signIn('adviseur@demo.werkbrug.nl');
  admin = await t.signIn('beheer@demo.werkbrug.nl');
}, 120_000);
afterAll(() => t?.close());

const why =
  'query($p: ID!, $v: String!, $d: String!) { scoringLog(profileId: $p, targetId: $v, date: $d) { at kind rank score modelVersion profileVersion viewerRole components { name value weight contribution } } }';

describe('the scoring log', () => {
  it('answers why a vacancy was ranked N for a profile on a day, from what was shown', async () => {
    const person = (
      await t.runtime.store.profiles.list({ adviserId: 'usr_demo-adviseur', sharesWithAdviser: true }, { first: 1 })
    ).items[0]!;
    const shown = await t.gql(
      'query($p: ID!) { matchVacancies(profileId: $p, first: 5) { matches { score vacancy { id } } } }',
      { p: person.id },
      adviser,
    );
    const matches = shown.data.matchVacancies.matches as { score: number; vacancy: { id: string } }[];
    expect(matches.length).toBeGreaterThan(1);
    await t.runtime.scoringLog.flush();
    const day = new Date().toISOString().slice(0, 10);
    const second = matches[1]!;
    const answer = await t.gql(why, { p: person.id, v: second.vacancy.id, d: day }, admin);
    expect(answer.errors).toBeUndefined();
    const [entry] = answer.data.scoringLog;
    expect(entry).toMatchObject({ kind: 'vacancy', rank: 2, score: second.score, viewerRole: 'adviser' });
    expect(entry.modelVersion).toMatch(/^weights-[0-9a-f]{12}$/);
    expect(entry.profileVersion).not.toContain(person.postcode);
    const total = entry.components.reduce((sum: number, c: { contribution: number }) => sum + c.contribution, 0);
    expect(Math.abs(total - second.score)).toBeLessThan(1);
    // Only admins may ask; and the log never holds the profile's inputs in clear.
    expect(
      (await t.gql(why, { p: person.id, v: second.vacancy.id, d: day }, adviser)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const row = JSON.stringify(await t.runtime.store.sql.all('SELECT * FROM scoring_log'));
    expect(row).not.toContain(person.alias);
    expect(row).not.toContain(person.skills[0] ?? 'no skills');
  });

  it('logs inline profiles by version only, career paths, courses and candidates too', async () => {
    const inline = `{ profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 24, hoursMax: 36 }, occupationTexts: ["verzorgende"] }`;
    const shown = await t.gql(
      `{ careerPaths(profile: ${inline}, first: 3) { paths { rank } } matchCourses(profile: ${inline}, first: 3) { courses { value } } }`,
    );
    const employer = await t.signIn('werkgever@demo.werkbrug.nl');
    const own = (
      await t.runtime.store.vacancies.list({ employerId: 'emp_healthcare-001', status: 'open' }, { first: 1 })
    ).items[0]!;
    const candidates = await t.gql(
      'query($v: ID!) { matchProfiles(vacancyId: $v, first: 5) { candidates { score } } }',
      { v: own.id },
      employer,
    );
    await t.runtime.scoringLog.flush();
    const kinds = await t.runtime.store.sql.all<{ kind: string; n: number; inline: number }>(
      'SELECT kind, count(*) AS n, sum(CASE WHEN profile_id IS NULL THEN 1 ELSE 0 END) AS inline FROM scoring_log GROUP BY kind',
    );
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k]));
    expect(byKind.careerPath?.inline ?? 0).toBe(shown.data.careerPaths.paths.length);
    expect(byKind.course?.inline ?? 0).toBe(shown.data.matchCourses.courses.length);
    expect(byKind.candidate?.n ?? 0).toBe(candidates.data.matchProfiles.candidates.length);
    expect(byKind.candidate?.inline ?? 0).toBe(0);
  });
});
