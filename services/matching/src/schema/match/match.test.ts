import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

let t: TestApp;
let sanne: string;
const cookies: Record<string, string> = {};
const inline = `{ profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 24, hoursMax: 36 },
  occupationTexts: ["stewardess"], skillTexts: ["eerste hulp", "xqzvw"] }`;

beforeAll(async () => {
  t = await startTestApp();
  for (const who of ['werkzoekende', 'werkzoekende2', 'adviseur', 'werkgever'])
    cookies[who] = await t.signIn(`${who}@demo.werkbrug.nl`);
  sanne = (await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl'))!.profileId!;
}, 120_000);
afterAll(() => t?.close());

describe('matching through the API', () => {
  it('explains every match of a stored profile and bridges the gaps with courses', async () => {
    const res = await t.gql(
      `query($id: ID) { matchVacancies(profileId: $id, first: 10) { total notice matches { score
        explanation { summary distanceKm travelMinutes components { name value weight contribution } matchedSkills { uri } missingSkills { skill { uri } } }
        bridge { kind fitNow fitAfter opensVacancies totalCost readyBy
          courses { teaches { uri } certificates { key } costAfterFunding startDate endDate funding { role amount } } } } } }`,
      { id: sanne },
      cookies.werkzoekende,
    );
    expect(res.errors).toBeUndefined();
    const { matches, notice } = res.data.matchVacancies;
    expect(notice).toMatch(/Een mens beslist/);
    expect(matches.length).toBeGreaterThan(0);
    let bridged = 0;
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
      expect(m.explanation.summary.length).toBeGreaterThan(10);
      const weights = m.explanation.components.reduce((n: number, c: { weight: number }) => n + c.weight, 0);
      expect(weights).toBeCloseTo(1, 2);
      const points = m.explanation.components.reduce((n: number, c: { contribution: number }) => n + c.contribution, 0);
      expect(points).toBeCloseTo(m.score, 0);
      const matched = new Set(m.explanation.matchedSkills.map((s: { uri: string }) => s.uri));
      for (const s of m.explanation.missingSkills) expect(matched.has(s.skill.uri)).toBe(false);
      if (!m.bridge) continue;
      bridged++;
      expect(m.bridge.fitAfter).toBeGreaterThanOrEqual(m.bridge.fitNow);
      expect(m.bridge.opensVacancies).toBeGreaterThanOrEqual(1);
      const missing = new Set(m.explanation.missingSkills.map((s: { skill: { uri: string } }) => s.skill.uri));
      for (const c of m.bridge.courses) {
        expect(c.teaches.some((s: { uri: string }) => missing.has(s.uri)) || c.certificates.length > 0).toBe(true);
        if (c.funding) expect(c.funding.role).toBe('GRANT');
      }
    }
    expect(bridged).toBeGreaterThan(0);
  });

  it('matches an inline profile for an anonymous visitor and reports what it could not read', async () => {
    const res = await t.gql(
      `{ matchVacancies(profile: ${inline}, first: 5) { matches { score } resolution { resolved { text labelNl } unresolved { value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.matchVacancies.matches.length).toBeGreaterThan(0);
    expect(res.data.matchVacancies.resolution.resolved.map((r: { text: string }) => r.text)).toEqual(
      expect.arrayContaining(['stewardess', 'eerste hulp']),
    );
    expect(res.data.matchVacancies.resolution.unresolved.map((u: { value: string }) => u.value)).toContain('xqzvw');
  });

  it('refuses a stored profile to anyone but the person and their adviser, also through matches', async () => {
    const queries = [
      'query($id: ID) { matchVacancies(profileId: $id) { total } }',
      'query($id: ID) { careerPaths(profileId: $id) { paths { rank } } }',
      'query($id: ID) { matchCourses(profileId: $id) { target } }',
    ];
    for (const q of queries) {
      expect((await t.gql(q, { id: sanne })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      for (const who of ['werkzoekende2', 'werkgever'])
        expect((await t.gql(q, { id: sanne }, cookies[who])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(q, { id: sanne }, cookies.adviseur)).errors).toBeUndefined();
    }
  });

  it('asks for exactly one profile', async () => {
    const res = await t.gql(
      `query($id: ID) { matchVacancies(profileId: $id, profile: ${inline}) { total } }`,
      { id: sanne },
      cookies.werkzoekende,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ matchVacancies { total } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows employers only people who agreed to be visible, and counts the others', async () => {
    const vacancy = (
      await t.runtime.store.vacancies.list({ employerId: 'emp_healthcare-001', status: 'open' }, { first: 1 })
    ).items[0]!;
    const res = await t.gql(
      'query($id: ID!) { matchProfiles(vacancyId: $id, first: 50) { hiddenCount candidates { candidateId score nlqfLevel } } }',
      { id: vacancy.id },
      cookies.werkgever,
    );
    expect(res.errors).toBeUndefined();
    const body = JSON.stringify(res.data);
    expect(body).not.toMatch(/prf_/);
    const visible = (await t.runtime.store.profiles.list({ visibleToEmployers: true }, { first: 1000 })).items.length;
    expect(res.data.matchProfiles.candidates.length).toBeLessThanOrEqual(visible);
    expect(res.data.matchProfiles.hiddenCount).toBeGreaterThanOrEqual(0);
  });

  it('turns automated matching off with the kill switch, while search keeps working', async () => {
    const off = await startTestApp({ MATCHING_ENABLED: 'false' });
    try {
      const res = await off.gql(`{ matchVacancies(profile: ${inline}) { total } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_DISABLED');
      expect((await off.gql('{ vacancies(query: "zorg") { totalCount } }')).data.vacancies.totalCount).toBeGreaterThan(
        0,
      );
    } finally {
      await off.close();
    }
  });

  it('follows the store: a newly posted vacancy can be matched, a closed one no longer', async () => {
    const base = (
      await t.runtime.store.vacancies.list({ status: 'open', employerId: 'emp_healthcare-001' }, { first: 1 })
    ).items[0]!;
    const posted = await t.gql(
      `mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }`,
      {
        input: {
          title: 'Stewardess in de zorg',
          description: 'Gastvrij werken in een zorghotel met ouderen, samen met een vast team.',
          occupationUri: base.occupationUri,
          postcode: '2011',
          essentialSkills: base.essentialSkills,
          nlqfLevel: 2,
          hoursMin: 24,
          hoursMax: 36,
          contractType: 'VAST',
          application: { url: 'https://werkenbij.example.nl/stewardess-zorg' },
          validThrough: '2099-01-01',
        },
      },
      cookies.werkgever,
    );
    const id = posted.data.postVacancy.id;
    const search = await t.gql('{ vacancies(query: "stewardess zorghotel") { hits { node { id } } } }');
    expect(search.data.vacancies.hits.map((h: { node: { id: string } }) => h.node.id)).toContain(id);
    // Signed in: for an anonymous visitor a list of 100 costs more heavy parts than one request may carry.
    const matched = await t.gql(
      `{ matchVacancies(profile: ${inline}, first: 100, filter: { occupationUris: ["${base.occupationUri}"] }) { matches { vacancy { id } } } }`,
      undefined,
      cookies.adviseur,
    );
    expect(matched.data.matchVacancies.matches.map((m: { vacancy: { id: string } }) => m.vacancy.id)).toContain(id);
    await t.gql('mutation($id: ID!) { closeVacancy(id: $id) { id } }', { id }, cookies.werkgever);
    const after = await t.gql(
      `{ matchVacancies(profile: ${inline}, first: 100, filter: { occupationUris: ["${base.occupationUri}"] }) { matches { vacancy { id } } } }`,
      undefined,
      cookies.adviseur,
    );
    expect(after.data.matchVacancies.matches.map((m: { vacancy: { id: string } }) => m.vacancy.id)).not.toContain(id);
    expect(
      (await t.gql('{ vacancies(query: "stewardess zorghotel") { hits { node { id } } } }')).data.vacancies.hits.map(
        (h: { node: { id: string } }) => h.node.id,
      ),
    ).not.toContain(id);
  });

  it('pages and filters the matches: sector, hours, distance, fits now or after a course', async () => {
    const q = `query($id: ID, $first: Int, $offset: Int, $filter: MatchFilter) {
      matchVacancies(profileId: $id, first: $first, offset: $offset, filter: $filter) { total matches {
        vacancy { id sector { key } hoursMax } explanation { distanceKm missingSkills { skill { uri } } } bridge { courses { course { id } } } } } }`;
    const run = async (vars: Record<string, unknown>) => {
      const res = await t.gql(q, { id: sanne, ...vars }, cookies.werkzoekende);
      expect(res.errors).toBeUndefined();
      return res.data.matchVacancies as {
        total: number;
        matches: {
          vacancy: { id: string; sector: { key: string }; hoursMax: number };
          explanation: { distanceKm: number; missingSkills: unknown[] };
          bridge: { courses: unknown[] } | null;
        }[];
      };
    };
    const top = await run({ first: 10 });
    const second = await run({ first: 5, offset: 5 });
    expect(second.matches.map((m) => m.vacancy.id)).toEqual(top.matches.slice(5, 10).map((m) => m.vacancy.id));
    const near = await run({ first: 50, filter: { maxKm: 3 } });
    for (const m of near.matches) expect(m.explanation.distanceKm).toBeLessThanOrEqual(3.05);
    expect(near.total).toBeLessThanOrEqual(top.total);
    const sector = top.matches[0]!.vacancy.sector.key;
    for (const m of (await run({ first: 20, filter: { sectors: [sector], minHours: 24 } })).matches) {
      expect(m.vacancy.sector.key).toBe(sector);
      expect(m.vacancy.hoursMax).toBeGreaterThanOrEqual(24);
    }
    for (const m of (await run({ first: 20, filter: { fit: 'NOW' } })).matches)
      expect(m.explanation.missingSkills).toEqual([]);
    for (const m of (await run({ first: 20, filter: { fit: 'AFTER_COURSE' } })).matches) {
      expect(m.explanation.missingSkills.length).toBeGreaterThan(0);
      expect(m.bridge?.courses.length).toBeGreaterThan(0);
    }
    const tooDeep = await t.gql(q, { id: sanne, first: 100, offset: 150 }, cookies.werkzoekende);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
