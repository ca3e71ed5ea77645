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
  it("shows a match's vacancy with its full description and JSON-LD, read from the store (the matching catalog keeps none)", async () => {
    const res = await t.gql(
      `query($id: ID) { matchVacancies(profileId: $id, first: 5) { matches { vacancy { id description jobPosting } } } }`,
      { id: sanne },
      cookies.werkzoekende,
    );
    expect(res.errors).toBeUndefined();
    const matches = res.data.matchVacancies.matches as {
      vacancy: { id: string; description: string; jobPosting: string };
    }[];
    expect(matches.length).toBeGreaterThan(0);
    for (const { vacancy } of matches) {
      const stored = await t.runtime.store.vacancies.get(vacancy.id);
      expect(vacancy.description).toBe(stored!.description);
      expect(vacancy.description.length).toBeGreaterThan(20);
      expect(JSON.parse(vacancy.jobPosting).description).toContain(stored!.description.slice(0, 20));
    }
  });

  it('explains every match of a stored profile and bridges the gaps with courses', async () => {
    const res = await t.gql(
      `query($id: ID) { matchVacancies(profileId: $id, first: 10) { total notice matches { score rank fit label moreOfKind
        explanation { summary summaryEn evidence distanceKm travelMinutes components { name kind value weight contribution }
          reasons { code effect points textNl textEn } relatedExperience { occupation { labelNl } years similarity }
          matchedSkills { uri } missingSkills { skill { uri } } }
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
      expect(['NOW', 'AFTER_COURSE']).toContain(m.fit);
      expect(['GOOD', 'FAIR', 'POSSIBLE', 'NO_FIT', 'TOO_LITTLE_KNOWN']).toContain(m.label);
      expect(m.explanation.summary.length).toBeGreaterThan(10);
      expect(m.explanation.summaryEn.length).toBeGreaterThan(10);
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
      if (m.fit === 'AFTER_COURSE') {
        expect(m.bridge.courses.length).toBeGreaterThan(0);
        expect(m.rank).toBeGreaterThan(m.score);
      } else expect(m.rank).toBe(m.score);
    }
    expect(bridged).toBeGreaterThan(0);
  });

  it('takes wishes and certificates inline: a ruled-out sector never comes back, a wished one is named', async () => {
    const base = `profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 24, hoursMax: 36,
      certificates: [HEFTRUCK, VCA_BASIS], wishes: { sectors: ["healthcare"], excludeSectors: ["aviation", "hospitality"], stayInField: false } },
      occupationTexts: ["stewardess"]`;
    const res = await t.gql(
      `{ matchVacancies(profile: { ${base} }, first: 30) { matches { vacancy { sector { key } } explanation { reasons { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { matches } = res.data.matchVacancies;
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(['aviation', 'hospitality']).not.toContain(m.vacancy.sector.key);
    const care = matches.filter((m: { vacancy: { sector: { key: string } } }) => m.vacancy.sector.key === 'healthcare');
    expect(care.length).toBeGreaterThan(0);
    for (const m of care) expect(m.explanation.reasons.map((r: { code: string }) => r.code)).toContain('WISH_SECTOR');
  });

  it('refuses a wish for a sector it does not know, in plain Dutch', async () => {
    const res = await t.gql(
      `{ matchVacancies(profile: { profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 },
        hoursMin: 24, hoursMax: 36, wishes: { sectors: ["maanvaart"] } } }) { total } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('Deze sector kennen we niet.');
  });

  it('says we know too little of an empty profile instead of labelling guesses as fitting', async () => {
    const res = await t.gql(
      `{ matchVacancies(profile: { profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 },
        hoursMin: 24, hoursMax: 36 } }) { matches { label } advice { code add textNl textEn } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { matches, advice } = res.data.matchVacancies;
    for (const m of matches) expect(m.label).toBe('TOO_LITTLE_KNOWN');
    expect(advice.code).toBe('too_little_known');
    expect(advice.add).toEqual(['occupation', 'skills', 'wish']);
    expect(advice.textNl).toMatch(/^We weten nog te weinig van je/);
    expect(advice.textEn).toMatch(/^We know too little about you/);
  });

  it('stores wishes and certificates on a profile and reads them back', async () => {
    const care = 'healthcare';
    const mine = await t.gql(
      '{ myProfile { id nlqfLevel postcode hoursMin hoursMax travel { mode maxMinutes } occupations { years occupation { uri } } skills { uri } } }',
      {},
      cookies.werkzoekende2,
    );
    const p = mine.data.myProfile;
    const input = {
      occupations: p.occupations.map((o: { years: number; occupation: { uri: string } }) => ({
        occupationUri: o.occupation.uri,
        years: o.years,
      })),
      skills: p.skills.map((s: { uri: string }) => s.uri),
      nlqfLevel: p.nlqfLevel,
      postcode: p.postcode,
      travel: p.travel,
      hoursMin: p.hoursMin,
      hoursMax: p.hoursMax,
      certificates: ['RIJBEWIJS_B', 'EHBO'],
      wishes: { sectors: [care], excludeSectors: ['steel'], stayInField: true },
    };
    const saved = await t.gql(
      `mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) {
        certificates { key nameNl } wishes { sectors { key } excludeSectors { key } stayInField occupations { uri } } } }`,
      { id: p.id, input },
      cookies.werkzoekende2,
    );
    expect(saved.errors).toBeUndefined();
    const out = saved.data.updateProfile;
    expect(out.certificates.map((c: { key: string }) => c.key)).toEqual(['RIJBEWIJS_B', 'EHBO']);
    expect(out.wishes).toEqual({
      sectors: [{ key: care }],
      excludeSectors: [{ key: 'steel' }],
      stayInField: true,
      occupations: [],
    });
    const bad = await t.gql(
      'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { id } }',
      {
        id: p.id,
        input: {
          ...input,
          wishes: { occupations: ['http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000'] },
        },
      },
      cookies.werkzoekende2,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
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
        vacancy { id sector { key } hoursMax } fit explanation { distanceKm missingSkills { skill { uri } } } bridge { courses { course { id } } } } } }`;
    const run = async (vars: Record<string, unknown>) => {
      const res = await t.gql(q, { id: sanne, ...vars }, cookies.werkzoekende);
      expect(res.errors).toBeUndefined();
      return res.data.matchVacancies as {
        total: number;
        matches: {
          vacancy: { id: string; sector: { key: string }; hoursMax: number };
          fit: 'NOW' | 'AFTER_COURSE';
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
    // The engine's own fit: 'past nu', or 'past na een opleiding' with the courses of its bridge.
    for (const m of (await run({ first: 20, filter: { fit: 'NOW' } })).matches) expect(m.fit).toBe('NOW');
    for (const m of (await run({ first: 20, filter: { fit: 'AFTER_COURSE' } })).matches) {
      expect(m.fit).toBe('AFTER_COURSE');
      expect(m.explanation.missingSkills.length).toBeGreaterThan(0);
      expect(m.bridge?.courses.length).toBeGreaterThan(0);
    }
    const tooDeep = await t.gql(q, { id: sanne, first: 100, offset: 150 }, cookies.werkzoekende);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
