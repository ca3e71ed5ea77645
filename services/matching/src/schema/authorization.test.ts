import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { buildSchema } from './index.ts';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/**
 * Authorization, tested through the HTTP API with real sessions: every root operation for every role.
 * The matrix must name every root field, so adding an operation without deciding who may call it fails.
 */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';
const roles = [
  'anonymous',
  'jobseekerA',
  'jobseekerB',
  'adviser',
  'adviser2',
  'employer',
  'employer2',
  'admin',
] as const;
type Role = (typeof roles)[number];
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
  jobseekerA: 'werkzoekende@demo.werkbrug.nl',
  jobseekerB: 'werkzoekende2@demo.werkbrug.nl',
  adviser: 'adviseur@demo.werkbrug.nl',
  adviser2: 'adviseur2@demo.werkbrug.nl',
  employer: 'werkgever@demo.werkbrug.nl',
  employer2: 'werkgever2@demo.werkbrug.nl',
  admin: 'beheer@demo.werkbrug.nl',
};

let t: TestApp;
const cookies: Partial<Record<Role, string>> = {};
let profileA: Profile;
let ownVacancy: Vacancy;
let counter = 0;

const actor = { userId: 'usr_test-setup' };
async function freshList(items = 0, shared = false) {
  const id = `shl_matrix-${++counter}`;
  const refs = (await t.runtime.store.vacancies.list({ status: 'open' }, { first: items })).items;
  await t.runtime.store.shortlists.save(
    {
      id,
      name: 'Matrix',
      ownerId: 'usr_demo-adviseur',
      profileId: profileA.id,
      sharedWithJobseeker: shared,
      version: 0,
      updatedAt: '',
      items: refs.map((v, position) => ({
        id: `sli_matrix-${counter}-${position}`,
        kind: 'vacancy' as const,
        refId: v.id,
        note: '',
        status: 'voorgesteld' as const,
        position,
        addedAt: new Date().toISOString(),
      })),
    },
    actor,
  );
  return { id, itemIds: refs.map((_, p) => `sli_matrix-${counter}-${p}`), vacancyId: refs[0]?.id };
}
async function freshCaseloadProfile() {
  const id = `prf_matrix-${++counter}`;
  await t.runtime.store.profiles.save({ ...profileA, id, userId: null, alias: 'Matrix' }, actor);
  return id;
}
async function freshSavedSearch() {
  const id = `srch_matrix-${++counter}`;
  const userId = (await t.runtime.store.users.findByEmail(emails.jobseekerA))!.id;
  await t.runtime.store.savedSearches.save(
    {
      id,
      userId,
      profileId: null,
      kind: 'search',
      name: 'Matrix',
      query: 'q=zorg',
      frequency: 'weekly',
      createdAt: new Date().toISOString(),
      lastRunAt: null,
      nextRunAt: '2099-01-01T06:00:00.000Z',
    },
    actor,
  );
  return id;
}
async function freshOwnVacancy() {
  const id = `vac_matrix-${++counter}`;
  await t.runtime.store.vacancies.save({ ...ownVacancy, id }, actor);
  return id;
}

const validProfileInput = () => ({
  alias: 'Test',
  occupations: [{ occupationUri: profileA.occupations[0]!.occupationUri, years: 3 }],
  skills: profileA.skills.slice(0, 3),
  nlqfLevel: 3,
  postcode: '2011',
  travel: { mode: 'FIETS', maxMinutes: 30 },
  hoursMin: 24,
  hoursMax: 32,
});
const validVacancyInput = () => ({
  title: 'Zorghulp in de wijk',
  description: 'Je helpt ouderen thuis met de dagelijkse zorg, samen met een vast team.',
  occupationUri: ownVacancy.occupationUri,
  postcode: '2011 AB',
  essentialSkills: ownVacancy.essentialSkills.slice(0, 2),
  nlqfLevel: 3,
  hoursMin: 24,
  hoursMax: 32,
  contractType: 'VAST',
  application: { url: 'https://werkenbij.example.nl/zorghulp', contactName: 'Anouk de Vries' },
  validThrough: '2099-12-31',
});
const fundingInput = () => ({
  key: 'gemeente-re-integratiebudget',
  nameNl: 'Re-integratiebudget van de gemeente',
  nameEn: 'Municipal re-integration budget',
  kind: 'BUDGET',
  validFrom: '2015-01-01',
  ended: false,
  who: { situations: ['BIJSTAND', 'BANENAFSPRAAK'] },
  courses: {
    kinds: ['KORT_CERTIFICAAT', 'VAKCURSUS'],
    requiresShortageOccupation: false,
    requiresEmployer: false,
    requiresBbl: false,
  },
  caps: { shareOfCost: 1 },
  isLoan: false,
  certain: false,
  uncertainNote: 'Het bedrag verschilt per gemeente.',
  descriptionNl: 'De gemeente kan een korte opleiding betalen als die je dichter bij werk brengt.',
  descriptionEn: 'The municipality can pay for a short course that brings you closer to work.',
});

const all = (o: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(roles.map((r) => [r, o])) as Record<Role, Outcome>;
const only = (
  allowed: Role[],
  otherwise: Outcome = 'FORBIDDEN',
  extra: Partial<Record<Role, Outcome>> = {},
): Record<Role, Outcome> =>
  ({
    ...Object.fromEntries(
      roles.map((r) => [r, r === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(r) ? 'ok' : otherwise]),
    ),
    ...extra,
  }) as Record<Role, Outcome>;

interface Case {
  query: string;
  vars?: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Role, Outcome>;
  /** Needs its own session (signOut ends it). */
  ownSession?: boolean;
}

const matrix: Record<string, Case> = {
  vacancy: {
    query: 'query($id: ID!) { vacancy(id: $id) { id } }',
    vars: () => ({ id: ownVacancy.id }),
    expect: all('ok'),
  },
  vacancyList: { query: '{ vacancyList(first: 1) { totalCount } }', expect: all('ok') },
  vacancies: { query: '{ vacancies(query: "zorg", first: 1) { totalCount } }', expect: all('ok') },
  course: {
    query: 'query($id: ID!) { course(id: $id) { id } }',
    vars: async () => ({ id: (await t.runtime.store.courses.list({}, { first: 1 })).items[0]!.id }),
    expect: all('ok'),
  },
  courseList: { query: '{ courseList(first: 1) { totalCount } }', expect: all('ok') },
  courses: { query: '{ courses(query: "zorg", first: 1) { totalCount } }', expect: all('ok') },
  occupation: {
    query: 'query($uri: String!) { occupation(uri: $uri) { labelNl } }',
    vars: () => ({ uri: ownVacancy.occupationUri }),
    expect: all('ok'),
  },
  occupations: { query: '{ occupations(query: "verpl", first: 2) { labelNl } }', expect: all('ok') },
  readText: { query: '{ readText(kind: OCCUPATION, text: "kok") { kind read { labelNl } } }', expect: all('ok') },
  skill: {
    query: 'query($uri: String!) { skill(uri: $uri) { labelNl } }',
    vars: () => ({ uri: ownVacancy.essentialSkills[0] }),
    expect: all('ok'),
  },
  skills: { query: '{ skills(query: "ehbo", first: 2) { labelNl } }', expect: all('ok') },
  sectors: { query: '{ sectors { key } }', expect: all('ok') },
  certificates: { query: '{ certificates { key nameNl route } }', expect: all('ok') },
  municipalities: { query: '{ municipalities { name } }', expect: all('ok') },
  viewer: { query: '{ viewer { id } }', expect: all('ok') },
  myProfile: { query: '{ myProfile { id } }', expect: only(['jobseekerA', 'jobseekerB']) },
  profile: {
    query: 'query($id: ID!) { profile(id: $id) { id alias } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA', 'adviser']),
  },
  caseload: { query: '{ caseload(first: 5) { totalCount } }', expect: only(['adviser', 'adviser2']) },
  myShortlists: { query: '{ myShortlists { id } }', expect: only(['jobseekerA', 'jobseekerB', 'adviser', 'adviser2']) },
  shortlist: {
    query: 'query($id: ID!) { shortlist(id: $id) { id } }',
    vars: async () => ({ id: (await freshList()).id }),
    expect: only(['adviser']),
  },
  myVacancies: { query: '{ myVacancies(first: 1) { totalCount } }', expect: only(['employer', 'employer2']) },
  searchIndexStatus: { query: '{ searchIndexStatus { differences } }', expect: only(['admin']) },
  scoringLog: {
    query: 'query($p: ID!) { scoringLog(profileId: $p, targetId: "vac_x0000", date: "2026-03-02") { rank } }',
    vars: () => ({ p: profileA.id }),
    expect: only(['admin']),
  },
  myDataExport: {
    query: '{ myDataExport }',
    expect: only(['jobseekerA', 'jobseekerB', 'adviser', 'adviser2', 'employer', 'employer2', 'admin']),
  },
  matchVacancies: {
    query: 'query($id: ID) { matchVacancies(profileId: $id, first: 2) { total } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA', 'adviser']),
  },
  matchCourses: {
    query: 'query($id: ID) { matchCourses(profileId: $id, first: 2) { target } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA', 'adviser']),
  },
  careerPaths: {
    query: 'query($id: ID) { careerPaths(profileId: $id, first: 2) { paths { rank } } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA', 'adviser']),
  },
  matchProfiles: {
    query: 'query($id: ID!) { matchProfiles(vacancyId: $id, first: 2) { hiddenCount } }',
    vars: () => ({ id: ownVacancy.id }),
    expect: only(['employer']),
  },
  signIn: {
    query: 'mutation { signIn(email: "beheer@demo.werkbrug.nl", password: "werkbrug-demo") { expiresAt } }',
    expect: all('ok'),
  },
  signOut: {
    query: 'mutation { signOut }',
    ownSession: true,
    expect: only(['jobseekerA', 'jobseekerB', 'adviser', 'adviser2', 'employer', 'employer2', 'admin']),
  },
  createProfile: {
    query: 'mutation($input: ProfileInput!) { createProfile(input: $input) { id } }',
    vars: () => ({ input: validProfileInput() }),
    expect: only(['adviser', 'adviser2'], 'FORBIDDEN', { jobseekerA: 'BAD_USER_INPUT', jobseekerB: 'BAD_USER_INPUT' }),
  },
  updateProfile: {
    query: 'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { id } }',
    vars: () => ({ id: profileA.id, input: { ...validProfileInput(), alias: profileA.alias } }),
    expect: only(['jobseekerA', 'adviser']),
  },
  setConsent: {
    query:
      'mutation($id: ID!) { setConsent(profileId: $id, visibleToEmployers: false, shareWithAdviser: true) { id } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA']),
  },
  deleteProfile: {
    query: 'mutation($id: ID!) { deleteProfile(id: $id) }',
    vars: async () => ({ id: await freshCaseloadProfile() }),
    expect: only(['adviser']),
  },
  createShortlist: {
    query: 'mutation($id: ID!) { createShortlist(profileId: $id, name: "Kansen") { id } }',
    vars: () => ({ id: profileA.id }),
    expect: only(['jobseekerA', 'adviser']),
  },
  renameShortlist: {
    query: 'mutation($id: ID!) { renameShortlist(id: $id, name: "Nieuw") { id } }',
    vars: async () => ({ id: (await freshList()).id }),
    expect: only(['adviser']),
  },
  deleteShortlist: {
    query: 'mutation($id: ID!) { deleteShortlist(id: $id) }',
    vars: async () => ({ id: (await freshList()).id }),
    expect: only(['adviser']),
  },
  shareShortlist: {
    query: 'mutation($id: ID!) { shareShortlist(id: $id, shared: true) { id } }',
    vars: async () => ({ id: (await freshList()).id }),
    expect: only(['adviser']),
  },
  addShortlistItem: {
    query:
      'mutation($id: ID!, $ref: ID!) { addShortlistItem(shortlistId: $id, kind: VACANCY, refId: $ref, note: "Past goed") { id } }',
    vars: async () => ({ id: (await freshList()).id, ref: ownVacancy.id }),
    expect: only(['adviser']),
  },
  updateShortlistItem: {
    query:
      'mutation($id: ID!, $item: ID!) { updateShortlistItem(shortlistId: $id, itemId: $item, status: GESPREK) { id } }',
    vars: async () => {
      const l = await freshList(1);
      return { id: l.id, item: l.itemIds[0] };
    },
    expect: only(['adviser']),
  },
  removeShortlistItem: {
    query: 'mutation($id: ID!, $item: ID!) { removeShortlistItem(shortlistId: $id, itemId: $item) { id } }',
    vars: async () => {
      const l = await freshList(1);
      return { id: l.id, item: l.itemIds[0] };
    },
    expect: only(['adviser']),
  },
  reorderShortlist: {
    query: 'mutation($id: ID!, $items: [ID!]!) { reorderShortlist(id: $id, itemIds: $items) { id } }',
    vars: async () => {
      const l = await freshList(2);
      return { id: l.id, items: [...l.itemIds].reverse() };
    },
    expect: only(['adviser']),
  },
  postVacancy: {
    query: 'mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }',
    vars: () => ({ input: validVacancyInput() }),
    expect: only(['employer', 'employer2']),
  },
  updateVacancy: {
    query: 'mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { id } }',
    vars: () => ({ id: ownVacancy.id, input: validVacancyInput() }),
    expect: only(['employer']),
  },
  closeVacancy: {
    query: 'mutation($id: ID!) { closeVacancy(id: $id) { id } }',
    vars: async () => ({ id: await freshOwnVacancy() }),
    expect: only(['employer']),
  },
  fundingSchemes: { query: '{ fundingSchemes(includeEnded: true) { key } }', expect: all('ok') },
  setFundingScheme: {
    query: 'mutation($input: FundingSchemeInput!) { setFundingScheme(input: $input) { key version } }',
    vars: () => ({ input: fundingInput() }),
    expect: only(['admin']),
  },
  setSectorOutlook: {
    query:
      'mutation { setSectorOutlook(key: "retail", outlook: SHRINKING, fact: "Minder winkelbanen in de regio.", source: "https://example.org/bron") { key } }',
    expect: only(['admin']),
  },
  // Accounts by mail (issue 13): public, and always the same answer, so nobody learns who has an account.
  register: {
    query: 'mutation { register(name: "Matrix", email: "matrix@voorbeeld.nl", password: "lang-genoeg-wachtwoord") }',
    expect: all('ok'),
  },
  resendConfirmation: { query: 'mutation { resendConfirmation(email: "matrix@voorbeeld.nl") }', expect: all('ok') },
  confirmEmail: {
    query: 'mutation { confirmEmail(token: "een-token-dat-niet-bestaat-xxxx") { expiresAt } }',
    expect: all('BAD_USER_INPUT'),
  },
  requestPasswordReset: {
    query: 'mutation { requestPasswordReset(email: "niemand@voorbeeld.nl") }',
    expect: all('ok'),
  },
  resetPassword: {
    query:
      'mutation { resetPassword(token: "een-token-dat-niet-bestaat-xxxx", password: "lang-genoeg-wachtwoord") { expiresAt } }',
    expect: all('BAD_USER_INPUT'),
  },
  acceptInvitation: {
    query:
      'mutation { acceptInvitation(token: "een-token-dat-niet-bestaat-xxxx", password: "lang-genoeg-wachtwoord") { expiresAt } }',
    expect: all('BAD_USER_INPUT'),
  },
  invitePerson: {
    query: 'mutation($id: ID!, $e: String!) { invitePerson(profileId: $id, email: $e) }',
    vars: async () => ({ id: await freshCaseloadProfile(), e: `matrix-${counter}@voorbeeld.nl` }),
    expect: only(['adviser']),
  },
  // Saved searches and alerts.
  mySavedSearches: { query: '{ mySavedSearches { id } }', expect: only(['jobseekerA', 'jobseekerB']) },
  saveSearch: {
    query: 'mutation { saveSearch(input: { name: "Zorg", kind: SEARCH, query: "q=zorg", frequency: WEEKLY }) { id } }',
    expect: only(['jobseekerA', 'jobseekerB']),
  },
  setSavedSearchFrequency: {
    query: 'mutation($id: ID!) { setSavedSearchFrequency(id: $id, frequency: DAILY) { id } }',
    vars: async () => ({ id: await freshSavedSearch() }),
    expect: only(['jobseekerA']),
  },
  deleteSavedSearch: {
    query: 'mutation($id: ID!) { deleteSavedSearch(id: $id) }',
    vars: async () => ({ id: await freshSavedSearch() }),
    expect: only(['jobseekerA']),
  },
  // The person answers a shared list; employers ask for contact; the adviser's caseload at scale.
  answerShortlistItem: {
    query:
      'mutation($id: ID!, $item: ID!) { answerShortlistItem(shortlistId: $id, itemId: $item, answer: INTERESTED, note: "Leuk") { id } }',
    vars: async () => {
      const l = await freshList(1, true);
      return { id: l.id, item: l.itemIds[0] };
    },
    expect: only(['jobseekerA']),
  },
  withdrawShortlistAnswer: {
    query: 'mutation($id: ID!, $item: ID!) { withdrawShortlistAnswer(shortlistId: $id, itemId: $item) { id } }',
    vars: async () => {
      const l = await freshList(1, true);
      return { id: l.id, item: l.itemIds[0] };
    },
    expect: only(['jobseekerA']),
  },
  myContactRequests: {
    query: '{ myContactRequests { id } }',
    expect: only(['jobseekerA', 'jobseekerB', 'adviser', 'adviser2']),
  },
  requestCandidateContact: {
    query:
      'mutation($id: ID!) { requestCandidateContact(vacancyId: $id, candidateId: "kan_nobody00", message: "Wij willen graag kennismaken.") { status } }',
    vars: () => ({ id: ownVacancy.id }),
    expect: only([], 'FORBIDDEN', { employer: 'NOT_FOUND' }),
  },
  answerContactRequest: {
    query: 'mutation { answerContactRequest(id: "ctr_nothing-here", accept: true) { id } }',
    expect: only([], 'FORBIDDEN', {
      jobseekerA: 'NOT_FOUND',
      jobseekerB: 'NOT_FOUND',
      adviser: 'NOT_FOUND',
      adviser2: 'NOT_FOUND',
    }),
  },
  caseloadSearch: {
    query: '{ caseloadSearch(text: "a", sort: LAST_ACTIVITY, first: 5) { totalCount } }',
    expect: only(['adviser', 'adviser2']),
  },
  unsubscribeAlert: {
    query: 'mutation { unsubscribeAlert(token: "bmVwLXRva2Vu.abc") { name } }',
    expect: all('BAD_USER_INPUT'),
  },
};

beforeAll(async () => {
  t = await startTestApp();
  for (const role of roles) if (role !== 'anonymous') cookies[role] = await t.signIn(emails[role]);
  const users = await t.runtime.store.users.findByEmail(emails.jobseekerA);
  profileA = (await t.runtime.store.profiles.get(users!.profileId!))!;
  ownVacancy = (
    await t.runtime.store.vacancies.list({ employerId: 'emp_healthcare-001', status: 'open' }, { first: 1 })
  ).items[0]!;
}, 120_000);
afterAll(() => t?.close());

describe('authorization', () => {
  it('has an explicit decision on every root field and every object type (schema walk)', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        if (
          !field.extensions?.pothosOptions ||
          !(field.extensions.pothosOptions as { authScopes?: unknown }).authScopes
        )
          missing.push(`${root.name}.${field.name}`);
      }
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        !isObjectType(type) ||
        type.name.startsWith('__') ||
        type === schema.getQueryType() ||
        type === schema.getMutationType()
      )
        continue;
      const options = (type as GraphQLObjectType).extensions?.pothosOptions as { authScopes?: unknown } | undefined;
      if (!options?.authScopes) missing.push(`type ${type.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('covers every root operation in the role matrix', () => {
    const schema = buildSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    expect(Object.keys(matrix).sort()).toEqual(operations);
  });

  for (const [operation, c] of Object.entries(matrix)) {
    it(`lets exactly the right roles run ${operation}`, async () => {
      const got: Record<string, Outcome> = {};
      for (const role of roles) {
        const cookie = role === 'anonymous' ? undefined : c.ownSession ? await t.signIn(emails[role]) : cookies[role];
        const result = await t.gql(c.query, c.vars ? await c.vars() : undefined, cookie);
        got[role] = result.errors?.length
          ? ((result.errors[0]!.extensions?.code as Outcome) ?? (result.errors[0]!.message as Outcome))
          : 'ok';
      }
      expect(got).toEqual(c.expect);
    });
  }
});
