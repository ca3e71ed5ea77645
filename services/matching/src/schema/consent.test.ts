import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** Consent belongs to the person: only they set it, and withdrawing it works at once, everywhere. */
let t: TestApp;
let adviser: string;
let sanne: string;
let sanneId: string;

beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '80', SEED_COURSES: '20', SEED_PROFILES: '30' });
  adviser = await t.signIn('adviseur@demo.werkbrug.nl');
  sanne = await t.signIn('werkzoekende@demo.werkbrug.nl');
  sanneId = (await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl'))!.profileId!;
  // Sanne is guided by the demo adviser and shares her profile with her.
  const profile = (await t.runtime.store.profiles.get(sanneId))!;
  await t.runtime.store.profiles.save(
    { ...profile, adviserId: 'usr_demo-adviseur', consent: { visibleToEmployers: false, shareWithAdviser: true } },
    { userId: null },
  );
}, 120_000);
afterAll(() => t?.close());

const input = (consent?: { visibleToEmployers: boolean; shareWithAdviser: boolean }) => ({
  alias: 'Noor',
  occupations: [],
  skills: [],
  nlqfLevel: 3,
  postcode: '2011',
  travel: { mode: 'FIETS', maxMinutes: 30 },
  hoursMin: 24,
  hoursMax: 32,
  ...(consent ? { consent } : {}),
});

const caseload = async () =>
  (await t.gql('{ caseload(first: 100) { totalCount items { id } } }', undefined, adviser)).data.caseload as {
    totalCount: number;
    items: { id: string }[];
  };

describe('consent', () => {
  it('cannot be set by an adviser who creates or changes a profile', async () => {
    const create = 'mutation($i: ProfileInput!) { createProfile(input: $i) { id consent { visibleToEmployers } } }';
    const refused = await t.gql(create, { i: input({ visibleToEmployers: true, shareWithAdviser: true }) }, adviser);
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'consent.visibleToEmployers', message: 'Alleen de werkzoekende zelf kan dit aanzetten of uitzetten.' },
    ]);
    const made = await t.gql(create, { i: input() }, adviser);
    expect(made.data.createProfile.consent.visibleToEmployers).toBe(false);
    const update = 'mutation($id: ID!, $i: ProfileInput!) { updateProfile(id: $id, input: $i) { id } }';
    const changed = await t.gql(
      update,
      { id: made.data.createProfile.id, i: input({ visibleToEmployers: true, shareWithAdviser: true }) },
      adviser,
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.runtime.store.profiles.get(made.data.createProfile.id))?.consent.visibleToEmployers).toBe(false);
    // Sending it unchanged is fine (the adviser's form sends what it loaded).
    const same = await t.gql(
      update,
      { id: made.data.createProfile.id, i: input({ visibleToEmployers: false, shareWithAdviser: true }) },
      adviser,
    );
    expect(same.errors).toBeUndefined();
    const setConsent = await t.gql(
      'mutation($id: ID!) { setConsent(profileId: $id, visibleToEmployers: true, shareWithAdviser: true) { id } }',
      { id: made.data.createProfile.id },
      adviser,
    );
    expect(setConsent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('withdrawn takes effect at once: reads, lists, caseload and its count', async () => {
    const list = await t.gql(
      'mutation($id: ID!) { createShortlist(profileId: $id, name: "Zorg voor Sanne") { id } }',
      { id: sanneId },
      adviser,
    );
    const listId = list.data.createShortlist.id as string;
    const vacancyId = (await t.runtime.store.vacancies.list({ status: 'open' }, { first: 2 })).items.map((v) => v.id);
    const add = (ref: string) =>
      t.gql(
        'mutation($l: ID!, $r: ID!) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $r, note: "Sanne wil dit graag") { id } }',
        { l: listId, r: ref },
        adviser,
      );
    expect((await add(vacancyId[0]!)).errors).toBeUndefined();
    const before = await caseload();
    expect(before.items.map((p) => p.id)).toContain(sanneId);

    const withdraw = await t.gql(
      'mutation($id: ID!) { setConsent(profileId: $id, visibleToEmployers: false, shareWithAdviser: false) { id } }',
      { id: sanneId },
      sanne,
    );
    expect(withdraw.errors).toBeUndefined();

    const read = await t.gql('query($id: ID!) { profile(id: $id) { alias } }', { id: sanneId }, adviser);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await caseload();
    expect(after.items.map((p) => p.id)).not.toContain(sanneId);
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect((await add(vacancyId[1]!)).errors?.[0]).toMatchObject({
      message: 'Deze persoon deelt het profiel niet meer met je.',
      extensions: { code: 'FORBIDDEN' },
    });
    const matched = await t.gql(
      'query($id: ID!) { matchVacancies(profileId: $id, first: 1) { total } }',
      { id: sanneId },
      adviser,
    );
    expect(matched.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The adviser's list stays, as "niet meer gedeeld", without anything about Sanne.
    const lists = await t.gql(
      '{ myShortlists { id name sharedByPerson profile { alias } items { note vacancy { id } } } }',
      undefined,
      adviser,
    );
    const kept = lists.data.myShortlists.find((l: { id: string }) => l.id === listId);
    expect(kept).toEqual({ id: listId, name: 'Niet meer gedeeld', sharedByPerson: false, profile: null, items: [] });
    expect(JSON.stringify(lists.data)).not.toContain('Sanne');
    const deleted = await t.gql('mutation($id: ID!) { deleteShortlist(id: $id) }', { id: listId }, adviser);
    expect(deleted.data.deleteShortlist).toBe(true);

    // Sharing again brings everything back at once.
    await t.gql(
      'mutation($id: ID!) { setConsent(profileId: $id, visibleToEmployers: false, shareWithAdviser: true) { id } }',
      { id: sanneId },
      sanne,
    );
    expect((await caseload()).totalCount).toBe(before.totalCount);
  });
});
