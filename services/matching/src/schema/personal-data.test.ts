import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/**
 * Personal data by every path: a profile reached directly, through a shortlist and through search,
 * and the erasure of a person from store, index, shortlists and logs.
 */
let t: TestApp;
const logs: string[] = [];
let sanne: string; // profile id of the demo jobseeker
const cookies: Record<string, string> = {};

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => logs.push(String(chunk)));
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream: stream });
  for (const who of ['werkzoekende', 'werkzoekende2', 'adviseur', 'werkgever'])
    cookies[who] = await t.signIn(`${who}@demo.werkbrug.nl`);
  sanne = (await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl'))!.profileId!;
}, 120_000);
afterAll(() => t?.close());

const profileQuery = 'query($id: ID!) { profile(id: $id) { id alias skills { uri } } }';

describe('personal data', () => {
  it('is refused to anonymous callers, other jobseekers and employers when asked for directly', async () => {
    expect((await t.gql(profileQuery, { id: sanne })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const who of ['werkzoekende2', 'werkgever']) {
      const res = await t.gql(profileQuery, { id: sanne }, cookies[who]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain('alias');
    }
  });

  it('is refused when reached through a shortlist', async () => {
    const created = await t.gql(
      'mutation($id: ID!) { createShortlist(profileId: $id, name: "Voor Sanne") { id } }',
      { id: sanne },
      cookies.adviseur,
    );
    const listId = created.data.createShortlist.id;
    await t.gql(
      'mutation($id: ID!) { shareShortlist(id: $id, shared: true) { id } }',
      { id: listId },
      cookies.adviseur,
    );
    const byOwner = await t.gql(
      'query($id: ID!) { shortlist(id: $id) { profile { alias } } }',
      { id: listId },
      cookies.adviseur,
    );
    expect(byOwner.data.shortlist.profile.alias).toBeTruthy();
    for (const who of ['werkzoekende2', 'werkgever']) {
      const res = await t.gql(
        'query($id: ID!) { shortlist(id: $id) { profile { alias } } }',
        { id: listId },
        cookies[who],
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The person themselves sees the shared list and their own profile in it.
    const own = await t.gql('{ myShortlists { name profile { id } } }', undefined, cookies.werkzoekende);
    expect(own.data.myShortlists.map((l: { name: string }) => l.name)).toContain('Voor Sanne');
  });

  it('never appears in search results or in the search index', async () => {
    const alias = (await t.runtime.store.profiles.get(sanne))!.alias.split(' ')[0]!;
    const res = await t.gql(
      'query($q: String!) { vacancies(query: $q, first: 50) { hits { node { id title description } } } courses(query: $q, first: 50) { hits { node { id } } } }',
      { q: alias },
    );
    expect(JSON.stringify(res.data)).not.toContain(sanne);
    const indexed = [
      ...(await t.runtime.search.indexedVersions('vacancy')),
      ...(await t.runtime.search.indexedVersions('course')),
    ];
    expect(indexed.some((d) => d.id.startsWith('prf_'))).toBe(false);
  });

  it('is erased from store, shortlists, audit log, outbox and logs when the person deletes their profile', async () => {
    const res = await t.gql('mutation($id: ID!) { deleteProfile(id: $id) }', { id: sanne }, cookies.werkzoekende);
    expect(res.errors).toBeUndefined();
    expect(res.data.deleteProfile).toBe(true);
    const db = (t.runtime.store as unknown as { db: import('better-sqlite3').Database }).db;
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
      (n) => !n.startsWith('sqlite_'),
    );
    for (const table of tables) {
      expect(JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()), `table ${table}`).not.toContain(sanne);
    }
    expect((await t.runtime.store.shortlists.listForProfile(sanne)).length).toBe(0);
    expect(logs.join('')).not.toContain(sanne);
    // Erasure ends the person's sessions and deletes their account (email and name) with them.
    const me = await t.gql('{ viewer { id } }', undefined, cookies.werkzoekende);
    expect(me.data).toEqual({ viewer: null });
    expect(await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl')).toBeNull();
  });

  it('rejects every mutation from anonymous callers with UNAUTHENTICATED, except signing in and the mail links', async () => {
    const schema = (await import('./index.ts')).buildSchema();
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      if (anonymousMutations.has(field.name)) continue;
      const args = field.args.filter((a) => String(a.type).endsWith('!'));
      const vars = args.map((a) => `$${a.name}: ${a.type}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = /^(Boolean|String|Int)!?$/.test(String(field.type)) ? '' : ' { __typename }';
      const query = `mutation${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
      const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.name, String(a.type))]));
      const result = await t.gql(query, variables);
      expect(result.errors?.[0]?.extensions?.code, `${field.name}: ${JSON.stringify(result.errors)}`).toBe(
        'UNAUTHENTICATED',
      );
    }
  });
});

/**
 * The only mutations a person can use before they have a session: signing in, and the steps that an
 * account by mail needs (make one, confirm it, a new password, accept an invitation) or that a link
 * in a mail carries (unsubscribe). Each proves itself another way (password, one-time or signed token).
 */
const anonymousMutations = new Set([
  'signIn',
  'register',
  'resendConfirmation',
  'confirmEmail',
  'requestPasswordReset',
  'resetPassword',
  'acceptInvitation',
  'unsubscribeAlert',
]);

/**
 * Valid values, so the call reaches authorization: argument validation runs before authorization in
 * Pothos, so malformed input from an anonymous caller gets BAD_USER_INPUT (and learns nothing else).
 */
function sampleValue(name: string, type: string): unknown {
  const byName: Record<string, unknown> = {
    source: 'https://example.org/bron',
    fact: 'Een feit over deze sector in de regio.',
    key: 'retail',
    name: 'Lijst',
    email: 'iemand@voorbeeld.nl',
    message: 'Wij willen graag kennismaken.',
  };
  if (name in byName) return byName[name];
  const t = type.replace(/!$/, '');
  if (t.startsWith('[')) return [];
  switch (t) {
    case 'ID':
      return 'prf_demo-00001';
    case 'String':
      return 'retail';
    case 'Boolean':
      return true;
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Outlook':
      return 'STABLE';
    case 'ShortlistItemKind':
      return 'VACANCY';
    case 'ListAnswer':
      return 'INTERESTED';
    case 'AlertFrequency':
      return 'DAILY';
    case 'SaveSearchInput':
      return { name: 'Zorg', kind: 'SEARCH', query: 'q=zorg', frequency: 'DAILY' };
    case 'ProfileInput':
      return {
        occupations: [],
        skills: [],
        nlqfLevel: 3,
        postcode: '2011',
        travel: { mode: 'FIETS', maxMinutes: 30 },
        hoursMin: 20,
        hoursMax: 30,
      };
    case 'VacancyInput':
      return {
        title: 'Test',
        description: 'Een omschrijving van minstens twintig tekens.',
        occupationUri: 'http://data.europa.eu/esco/occupation/f20d3ae6-baeb-482c-b68d-c2fb115e5dde',
        postcode: '2011',
        essentialSkills: ['http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6'],
        nlqfLevel: 2,
        hoursMin: 20,
        hoursMax: 30,
        contractType: 'VAST',
        application: { email: 'vacatures@example.nl' },
        validThrough: '2099-01-01',
      };
    case 'FundingSchemeInput':
      return {
        key: 'proef',
        nameNl: 'Proef',
        nameEn: 'Test',
        kind: 'BUDGET',
        validFrom: '2026-01-01',
        ended: false,
        who: { situations: ['ANY'] },
        courses: { kinds: ['TAAL'], requiresShortageOccupation: false, requiresEmployer: false, requiresBbl: false },
        caps: {},
        isLoan: false,
        certain: true,
        descriptionNl: 'Een proef.',
        descriptionEn: 'A test.',
      };
    default:
      return null;
  }
}
