import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** A request may ask for at most three heavy parts: scoring fields, and free text read against the taxonomy. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '60', SEED_COURSES: '20', SEED_PROFILES: '5' });
}, 120_000);
afterAll(() => t?.close());

const profile = (texts: number) =>
  `{ profile: { occupations: [], skills: [], nlqfLevel: 3, postcode: "2011", travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 24, hoursMax: 36 }, skillTexts: [${Array.from({ length: texts }, (_, i) => `"zorg ${i}"`).join(', ')}] }`;
const careerPaths = (alias: string, texts = 0) =>
  `${alias}: careerPaths(first: 1, profile: ${profile(texts)}) { paths { similarity } }`;
const refusal = (res: Awaited<ReturnType<TestApp['gql']>>) => ({
  code: res.errors?.[0]?.extensions?.code,
  limit: (res.errors?.[0]?.extensions as { limit?: string } | undefined)?.limit,
});

describe('the cost of a request', () => {
  it('allows three heavy parts and refuses a fourth, however they are spelled', async () => {
    expect((await t.gql(`{ ${['a', 'b', 'c'].map((a) => careerPaths(a)).join(' ')} }`)).errors).toBeUndefined();
    const four = await t.gql(`{ ${['a', 'b', 'c', 'd'].map((a) => careerPaths(a)).join(' ')} }`);
    expect(refusal(four)).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
    expect(four.errors?.[0]?.message).toMatch(/hoogstens 3 zware onderdelen/);
    const mixed = `{ m: matchVacancies(profile: ${profile(0)}, first: 1) { total } c: matchCourses(profile: ${profile(0)}) { target } ${careerPaths('p')} ...F } fragment F on Query { ${careerPaths('q')} }`;
    expect(refusal(await t.gql(mixed))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
  });

  it('counts free text: fifteen texts are one heavy part more, also when they come in variables', async () => {
    expect((await t.gql(`{ ${careerPaths('a', 15)} ${careerPaths('b')} }`)).errors).toBeUndefined();
    expect(refusal(await t.gql(`{ ${careerPaths('a', 15)} ${careerPaths('b', 15)} }`))).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 'heavy',
    });
    const query = `query($p: MatchProfileInput!) { a: careerPaths(profile: $p) { notice } b: matchVacancies(profile: $p) { total } }`;
    const texts = (n: number) => ({
      profile: {
        occupations: [],
        skills: [],
        nlqfLevel: 3,
        postcode: '2011',
        travel: { mode: 'FIETS', maxMinutes: 30 },
        hoursMin: 24,
        hoursMax: 36,
      },
      occupationTexts: Array.from({ length: n }, (_, i) => `steward ${i}`),
    });
    expect((await t.gql(query, { p: texts(5) })).errors).toBeUndefined();
    expect(refusal(await t.gql(query, { p: texts(15) }))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
  });

  it('counts long lists for anonymous visitors: every 25 results beyond the first 25 are one more', async () => {
    const long = (first: number) =>
      `{ a: careerPaths(first: ${first}, profile: ${profile(0)}) { notice } b: matchVacancies(first: ${first}, profile: ${profile(0)}) { total } }`;
    expect((await t.gql(long(25))).errors).toBeUndefined();
    expect(refusal(await t.gql(long(50)))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
    const adviser = await t.signIn('adviseur@demo.werkbrug.nl');
    expect((await t.gql(long(50), undefined, adviser)).errors).toBeUndefined();
  });

  it('counts reading typed text and searching by words, so aliases cannot multiply them', async () => {
    const read = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: readText(kind: OCCUPATION, text: "stewardess ${i}") { __typename }`).join(' ')} }`;
    expect((await t.gql(read(3))).errors).toBeUndefined();
    expect(refusal(await t.gql(read(4)))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
    const search = (n: number, query: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: vacancies(query: "${query}", first: 1) { totalCount }`).join(' ')} }`;
    // The same words in several aliases (the search page counts per facet) are read once.
    expect((await t.gql(search(5, 'verpleegkundige'))).errors).toBeUndefined();
    const distinct = `{ ${['zorg', 'bouw', 'ict', 'horeca'].map((q, i) => `s${i}: vacancies(query: "${q}", first: 1) { totalCount }`).join(' ')} }`;
    expect(refusal(await t.gql(distinct))).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'heavy' });
  });

  it('keeps free text short: at most 15 texts of 60 characters', async () => {
    const many = await t.gql(`{ ${careerPaths('a', 16)} }`);
    expect(many.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Geef hoogstens 15 woorden.');
    const long = await t.gql('query($p: MatchProfileInput!) { careerPaths(profile: $p) { notice } }', {
      p: {
        profile: {
          occupations: [],
          skills: [],
          nlqfLevel: 3,
          postcode: '2011',
          travel: { mode: 'FIETS', maxMinutes: 30 },
          hoursMin: 24,
          hoursMax: 36,
        },
        skillTexts: ['woord '.repeat(12)],
      },
    });
    expect(long.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Dit is te lang (hoogstens 60 tekens).');
  });
});
