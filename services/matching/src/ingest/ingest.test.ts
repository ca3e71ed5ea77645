import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';
import { jobPostingFile, ooapiFile } from '../testkit/import-files.ts';
import { idFromSource } from '../application/clock-and-ids.ts';
import type { ImportReport } from './report.ts';

/**
 * Imports through the built app, as an admin does them: 1,000 JobPostings and 1,000 OOAPI programs, 50 of each
 * broken. Exactly the good ones land (with their outbox rows), every broken one is reported with field and reason,
 * a second import changes nothing, and what landed is searchable and matchable.
 */
let t: TestApp;
let admin: string;
const taxonomy = loadTaxonomy();
const source = generateDataset({ vacancies: 1200, courses: 3000, profiles: 40, seed: 'import-file' });
const vacancies = source.vacancies.filter((v) => v.status === 'open').slice(0, 1000);
const postings = jobPostingFile(vacancies, taxonomy);
// A course must lead to an occupation the product knows (the import says so when none is known).
const known = source.courses.filter((c) => c.targetOccupations.some((u) => taxonomy.occupationByUri.has(u)));
const programs = ooapiFile(known.slice(0, 1000));

async function post(path: string, body: unknown, cookie?: string, type = 'application/ld+json') {
  const res = await t.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() as ImportReport & { error?: string } };
}

const outboxRows = async () =>
  (await t.runtime.store.sql.get<{ n: number }>('SELECT count(*) AS n FROM outbox'))?.n ?? 0;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('beheer@demo.werkbrug.nl');
}, 120_000);
afterAll(() => t?.close());

describe('importing JobPosting JSON-LD', () => {
  let first: ImportReport;

  it('lands exactly the 950 good vacancies, each with its outbox row, and reports every broken one', async () => {
    const before = { count: await t.runtime.store.vacancies.count(), outbox: await outboxRows() };
    const res = await post('/import/vacancies?bron=vacaturebord', postings.file, admin);
    expect(res.status).toBe(200);
    first = res.body;
    expect(first.records).toBe(1000);
    expect(first.created).toBe(950);
    expect(first.rejected.map((r) => r.sourceId).sort()).toEqual([...postings.brokenIds].sort());
    for (const r of first.rejected) {
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) {
        expect(p.field.length).toBeGreaterThan(0);
        expect(p.reason).toMatch(/^[A-Z]/);
        expect(p.reason).not.toMatch(/Invalid|expected|Required/);
      }
    }
    expect(await t.runtime.store.vacancies.count()).toBe(before.count + 950);
    expect(await outboxRows()).toBe(before.outbox + 950);
    for (const id of postings.brokenIds)
      expect(await t.runtime.store.vacancies.get(idFromSource('vac', { system: 'vacaturebord', id }))).toBeNull();
  }, 60_000);

  it('names the field of each broken record in JobPosting terms, in Dutch', () => {
    const fields = new Set(first.rejected.flatMap((r) => r.problems.map((p) => p.field)));
    for (const f of [
      'title',
      'jobLocation.address.postalCode',
      'applicationContact.url',
      'validThrough',
      'description',
    ])
      expect(fields).toContain(f);
    expect(fields).toContain('@type');
    expect(fields).toContain('hiringOrganization.name');
    expect(fields).toContain('workHours');
    expect(fields).toContain('occupationalCategory');
  });

  it('changes nothing when the same file comes in again', async () => {
    const before = { count: await t.runtime.store.vacancies.count(), outbox: await outboxRows() };
    const again = await post('/import/vacancies?bron=vacaturebord', postings.file, admin);
    expect(again.body).toMatchObject({ records: 1000, created: 0, updated: 0, unchanged: 950 });
    expect(again.body.rejected.length).toBe(50);
    expect(await t.runtime.store.vacancies.count()).toBe(before.count);
    expect(await outboxRows()).toBe(before.outbox);
  }, 60_000);

  it('makes the imported vacancies searchable and matchable right after the import', async () => {
    await t.settled();
    const id = idFromSource('vac', { system: 'vacaturebord', id: postings.goodIds[0]! });
    const v = (await t.runtime.store.vacancies.get(id))!;
    const found = await t.gql(
      'query($q: String!, $e: [String!]) { vacancies(query: $q, filter: { employerIds: $e }, first: 50) { hits { node { id } } } }',
      { q: v.title, e: [v.employerId] },
    );
    expect(found.data.vacancies.hits.map((h: { node: { id: string } }) => h.node.id)).toContain(id);
    const profile = {
      profile: {
        occupations: [],
        skills: v.essentialSkills,
        nlqfLevel: Math.max(v.nlqfLevel, 1),
        postcode: v.location.postcode.slice(0, 4),
        travel: { mode: 'FIETS', maxMinutes: 10 },
        hoursMin: v.hoursMin,
        hoursMax: v.hoursMax,
      },
    };
    const matched = await t.gql(
      'query($p: MatchProfileInput!, $o: [String!]) { matchVacancies(profile: $p, first: 100, filter: { occupationUris: $o }) { matches { vacancy { id } } } }',
      { p: profile, o: [v.occupationUri] },
      // A hundred results are more than an anonymous visitor may ask for at once (issue 12's request cost).
      admin,
    );
    expect(matched.errors).toBeUndefined();
    expect(matched.data.matchVacancies.matches.map((m: { vacancy: { id: string } }) => m.vacancy.id)).toContain(id);
  }, 60_000);

  it('is for admins only, asks where the data comes from, and says so in Dutch when the file is broken', async () => {
    expect((await post('/import/vacancies?bron=x1', postings.file)).status).toBe(401);
    const employer = await t.signIn('werkgever@demo.werkbrug.nl');
    expect((await post('/import/vacancies?bron=x1', postings.file, employer)).status).toBe(403);
    const noSource = await post('/import/vacancies', postings.file, admin);
    expect(noSource.status).toBe(400);
    expect(noSource.body.error).toMatch(/bron=/);
    const broken = await post('/import/vacancies?bron=x1', '{"@graph": [', admin);
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('Het bestand is geen geldige JSON. Kijk of het volledig is.');
  });
});

describe('importing OOAPI courses', () => {
  it('lands exactly the 950 good programs, reports the 50 broken ones, and changes nothing the second time', async () => {
    const before = { count: await t.runtime.store.courses.count(), outbox: await outboxRows() };
    const first = (await post('/import/courses?bron=ooapi-test', programs.file, admin, 'application/json')).body;
    expect(first.records).toBe(1000);
    expect(first.created).toBe(950);
    expect(first.rejected.map((r) => r.sourceId).sort()).toEqual([...programs.brokenIds].sort());
    for (const r of first.rejected) expect(r.problems.every((p) => p.field && p.reason)).toBe(true);
    expect(await t.runtime.store.courses.count()).toBe(before.count + 950);
    expect(await outboxRows()).toBe(before.outbox + 950);

    const again = (await post('/import/courses?bron=ooapi-test', programs.file, admin, 'application/json')).body;
    expect(again).toMatchObject({ records: 1000, created: 0, updated: 0, unchanged: 950 });
    expect(await t.runtime.store.courses.count()).toBe(before.count + 950);
    expect(await outboxRows()).toBe(before.outbox + 950);
  }, 120_000);

  it('accepts a course for any occupation of the taxonomy, not only the region’s', async () => {
    // The curated catalogue leads to regional occupations; a school elsewhere may name any of ESCO's.
    const regional = new Set(regionalOccupations.map((r) => r.uri));
    const elsewhere = taxonomy.occupations.find((o) => !regional.has(o.uri))!;
    const course = { ...source.courses[0]!, id: 'crs_elsewhere-1', targetOccupations: [elsewhere.uri] };
    const report = (
      await post('/import/courses?bron=ooapi-elders', ooapiFile([course]).file, admin, 'application/json')
    ).body;
    expect(report).toMatchObject({ records: 1, created: 1, rejected: [] });
    const stored = (await t.runtime.store.courses.list({}, { first: 5000 })).items.find(
      (c) => c.source?.system === 'ooapi-elders',
    );
    expect(stored?.targetOccupations).toEqual([elsewhere.uri]);
  }, 60_000);

  it('makes the imported courses searchable, with their kind, sign-up and start dates', async () => {
    await t.settled();
    const programId = programs.goodIds[3]!;
    const stored = (await t.runtime.store.courses.list({}, { first: 5000 })).items.find(
      (c) => c.source?.system === 'ooapi-test' && c.source.id.startsWith(`${programId}@`),
    )!;
    expect(stored).toBeDefined();
    expect(stored.startDates.length).toBe(2);
    const found = await t.gql(
      'query($q: String!, $p: [String!]) { courses(query: $q, filter: { providerIds: $p }, first: 50) { hits { node { id kind signUp { url email phone } } } } }',
      { q: stored.title, p: [stored.providerId] },
    );
    expect(found.data.courses.hits.map((h: { node: { id: string } }) => h.node.id)).toContain(stored.id);
  }, 60_000);
});

describe('the vacancy feed and the vacancy page', () => {
  it('serves every open vacancy as JobPosting JSON-LD at /feeds/vacatures.jsonld', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/feeds/vacatures.jsonld' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const feed = res.json() as { '@context': unknown[]; '@graph': Record<string, unknown>[] };
    expect(feed['@context']).toContain('https://schema.org/');
    const today = new Date().toISOString().slice(0, 10);
    const open: string[] = [];
    for await (const page of t.runtime.store.vacancies.scan(1000))
      for (const v of page) if (v.status === 'open' && v.validThrough >= today) open.push(v.id);
    expect(feed['@graph'].map((p) => (p.identifier as { value: string }).value).sort()).toEqual(open.sort());
    for (const p of feed['@graph'].slice(0, 50)) {
      expect(p['@type']).toBe('JobPosting');
      for (const field of [
        'title',
        'description',
        'datePosted',
        'validThrough',
        'hiringOrganization',
        'jobLocation',
        'employmentType',
      ])
        expect(p[field], field).toBeTruthy();
    }
  });

  it('gives every open vacancy its JSON-LD through the API, for the vacancy page', async () => {
    const v = (await t.runtime.store.vacancies.list({ status: 'open' }, { first: 1 })).items[0]!;
    const res = await t.gql('query($id: ID!) { vacancy(id: $id) { jobPosting application { url email phone } } }', {
      id: v.id,
    });
    const posting = JSON.parse(res.data.vacancy.jobPosting);
    expect(posting).toMatchObject({ '@type': 'JobPosting', title: v.title, datePosted: v.postedAt });
    expect(posting.url).toMatch(/\/vacatures\//);
    const apply = res.data.vacancy.application;
    expect(apply.url ?? apply.email ?? apply.phone).toBeTruthy();
  });
});
