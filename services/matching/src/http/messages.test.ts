import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** What people read when something is wrong: a code, Dutch or English by choice, never an echo of their input. */
let t: TestApp;
let employer: string;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '60', SEED_COURSES: '20', SEED_PROFILES: '10' });
  employer = await t.signIn('werkgever@demo.werkbrug.nl');
  admin = await t.signIn('beheer@demo.werkbrug.nl');
}, 120_000);
afterAll(() => t?.close());

interface Answer {
  status: number;
  size: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; fields?: { path: string; message: string }[] } }[];
  };
}

async function ask(
  query: string,
  variables?: Record<string, unknown>,
  options: { lang?: string; cookie?: string } = {},
): Promise<Answer> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: {
      ...(options.lang ? { 'accept-language': options.lang } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    payload: { query, variables },
  });
  return { status: res.statusCode, size: res.body.length, body: res.json() };
}

const validProfile = (postcode: string) => ({
  occupations: [],
  skills: [],
  nlqfLevel: 3,
  postcode,
  travel: { mode: 'FIETS', maxMinutes: 30 },
  hoursMin: 24,
  hoursMax: 32,
});

describe('messages', () => {
  it('replaces graphql-js coercion errors: a code, Dutch or English, and no echo of a huge value', async () => {
    const query = 'query($f: Int) { vacancyList(first: $f) { totalCount } }';
    const nl = await ask(query, { f: 'x'.repeat(200_000) });
    expect(nl.size).toBeLessThan(1000);
    expect(nl.body.errors?.[0]).toMatchObject({
      message: 'De waarde van $f klopt niet.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const en = await ask(query, { f: 'x'.repeat(200_000) }, { lang: 'en-GB,en;q=0.9' });
    expect(en.body.errors?.[0]?.message).toBe('The value of $f is not correct.');
    const missing = await ask('query($s: String!) { vacancies(query: $s) { totalCount } }');
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Vul $s in.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers field problems in the chosen language, zod checks without a message of their own included', async () => {
    const long = await ask(`{ vacancyList(first: 1, after: "${'x'.repeat(300)}") { totalCount } }`);
    expect(long.body.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Deze cursor klopt niet.');
    const en = await ask('{ vacancyList(first: 1000) { totalCount } }', undefined, { lang: 'en' });
    expect(en.body.errors?.[0]).toMatchObject({
      message: 'Not everything is filled in correctly. Please check the fields.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'first', message: 'Ask for 100 results at most.' }] },
    });
    const fact = `mutation($f: String!) { setSectorOutlook(key: "healthcare", outlook: GROWING, fact: $f, source: "https://cbs.nl") { key } }`;
    const tooLong = await ask(fact, { f: 'feit '.repeat(200) }, { cookie: admin });
    expect(tooLong.body.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Dit is te lang (hoogstens 500 tekens).');
  });

  it('refuses a link that is not https and a postcode outside the area it serves, in plain words', async () => {
    const outlook = (source: string) =>
      ask(
        'mutation($s: String!) { setSectorOutlook(key: "healthcare", outlook: GROWING, fact: "Veel vacatures in de zorg.", source: $s) { key } }',
        { s: source },
        { cookie: admin },
      );
    for (const source of ['javascript:alert(1)', 'http://cbs.nl/x', 'data:text/html,hoi']) {
      const res = await outlook(source);
      expect(res.body.errors?.[0]?.extensions?.fields?.[0]?.message, source).toBe(
        'Geef een link die begint met https://.',
      );
    }
    expect((await outlook('https://www.cbs.nl/nieuws')).body.errors).toBeUndefined();

    const match = 'query($p: ProfileInput!) { matchVacancies(profile: { profile: $p }, first: 1) { total } }';
    const unknown = await ask(match, { p: validProfile('9999') });
    expect(unknown.body.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: 'profile.profile.postcode',
        message: 'Deze postcode kennen we niet. Vul de postcode van je woonplaats in, bijvoorbeeld 2011.',
      },
    ]);
    const amsterdam = await ask(match, { p: validProfile('1011') }, { lang: 'en' });
    expect(amsterdam.body.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/^Werkbrug is for people in/);
    expect((await ask(match, { p: validProfile('2011') })).body.errors).toBeUndefined();
    expect((await ask(match, { p: validProfile('2132') })).body.errors).toBeUndefined(); // Hoofddorp, next door
  });

  it('stores text without NUL and control characters, whichever way it arrives', async () => {
    const name = 'Zorg\u0000 in\u0007 de\u202E wijk';
    const profileId = (await t.runtime.store.profiles.list({ adviserId: 'usr_demo-adviseur' }, { first: 1 })).items[0]!
      .id;
    const adviser = await t.signIn('adviseur@demo.werkbrug.nl');
    const byVariable = await ask(
      'mutation($p: ID!, $n: String!) { createShortlist(profileId: $p, name: $n) { name } }',
      { p: profileId, n: name },
      { cookie: adviser },
    );
    expect(byVariable.body.data?.createShortlist).toEqual({ name: 'Zorg in de wijk' });
    const byLiteral = await ask(
      `mutation { createShortlist(profileId: "${profileId}", name: "Bouw\\u0000 en\\u0001 techniek") { name } }`,
      undefined,
      { cookie: adviser },
    );
    expect(byLiteral.body.data?.createShortlist).toEqual({ name: 'Bouw en techniek' });
  });
});

describe('mutations', () => {
  it('are refused two in one request, so a request never commits half: neither vacancy closes', async () => {
    const own = (await t.runtime.store.vacancies.list({ employerId: 'emp_demo-zorg' }, { first: 1 })).items[0];
    const mine = own ?? (await t.runtime.store.vacancies.list({ status: 'open' }, { first: 1 })).items[0]!;
    const other = (await t.runtime.store.vacancies.list({ status: 'open' }, { first: 50 })).items.find(
      (v) => v.employerId !== mine.employerId,
    )!;
    const res = await ask(
      'mutation($a: ID!, $b: ID!) { a: closeVacancy(id: $a) { status } b: closeVacancy(id: $b) { status } }',
      { a: mine.id, b: other.id },
      { cookie: employer },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('ONE_MUTATION_PER_REQUEST');
    expect(res.body.data ?? null).toBeNull();
    expect((await t.runtime.store.vacancies.get(mine.id))?.status).toBe(mine.status);
    expect((await t.runtime.store.vacancies.get(other.id))?.status).toBe('open');
  });

  it('still run one at a time, also through a fragment or with __typename beside them', async () => {
    const res = await ask('mutation { __typename ...M } fragment M on Mutation { signOut }', undefined, {
      cookie: await t.signIn('werkgever2@demo.werkbrug.nl'),
    });
    expect(res.body.errors).toBeUndefined();
    const two = await ask('mutation { ...M signOut } fragment M on Mutation { signOut }');
    expect(two.body.errors?.[0]?.extensions?.code).toBe('ONE_MUTATION_PER_REQUEST');
  });
});
