import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/** The person answers items on a list their adviser shared; the adviser sees the answers. */
let t: TestApp;
let adviser: string;
let jobseeker: string;
let other: string;
beforeAll(async () => {
  t = await startTestApp();
  adviser = await t.signIn('adviseur@demo.werkbrug.nl');
  jobseeker = await t.signIn('werkzoekende@demo.werkbrug.nl');
  other = await t.signIn('werkzoekende2@demo.werkbrug.nl');
}, 120_000);
afterAll(async () => t?.close());

const listQuery = `query($id: ID!) { shortlist(id: $id) { items { id answer { answer note } } } }`;

describe('answers on a shared list', () => {
  it('lets the person answer with a note that the adviser sees, and take it back', async () => {
    const profileId = (await t.gql('{ myProfile { id } }', undefined, jobseeker)).data.myProfile.id;
    const list = await t.gql(
      'mutation($p: ID!) { createShortlist(profileId: $p, name: "Voor jou") { id } }',
      { p: profileId },
      adviser,
    );
    const listId = list.data.createShortlist.id;
    const vacancy = (await t.runtime.store.vacancies.list({ status: 'open' }, { first: 1 })).items[0]!;
    const added = await t.gql(
      'mutation($l: ID!, $v: ID!) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $v) { items { id } } }',
      { l: listId, v: vacancy.id },
      adviser,
    );
    const itemId = added.data.addShortlistItem.items[0].id;
    const answer = `mutation($l: ID!, $i: ID!) { answerShortlistItem(shortlistId: $l, itemId: $i, answer: APPLIED, note: "Gisteren gemaild") { items { answer { answer note } } } }`;

    // Not shared yet: the person cannot see, let alone answer.
    expect((await t.gql(answer, { l: listId, i: itemId }, jobseeker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await t.gql('mutation($l: ID!) { shareShortlist(id: $l, shared: true) { id } }', { l: listId }, adviser);
    const answered = await t.gql(answer, { l: listId, i: itemId }, jobseeker);
    expect(answered.data.answerShortlistItem.items[0].answer).toEqual({ answer: 'APPLIED', note: 'Gisteren gemaild' });
    expect((await t.gql(answer, { l: listId, i: itemId }, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const seen = await t.gql(listQuery, { id: listId }, adviser);
    expect(seen.data.shortlist.items[0].answer).toEqual({ answer: 'APPLIED', note: 'Gisteren gemaild' });
    const caseload = await t.gql(
      '{ caseloadSearch(status: APPLIED, first: 100) { items { profile { id } } } }',
      undefined,
      adviser,
    );
    expect(caseload.data.caseloadSearch.items.map((e: { profile: { id: string } }) => e.profile.id)).toContain(
      profileId,
    );

    await t.gql(
      'mutation($l: ID!, $i: ID!) { withdrawShortlistAnswer(shortlistId: $l, itemId: $i) { id } }',
      { l: listId, i: itemId },
      jobseeker,
    );
    expect((await t.gql(listQuery, { id: listId }, adviser)).data.shortlist.items[0].answer).toBeNull();

    // An item taken off the list takes its answer with it.
    await t.gql(answer, { l: listId, i: itemId }, jobseeker);
    await t.gql(
      'mutation($l: ID!, $i: ID!) { removeShortlistItem(shortlistId: $l, itemId: $i) { id } }',
      { l: listId, i: itemId },
      adviser,
    );
    expect(await t.runtime.store.shortlistAnswers.listForShortlist(listId)).toEqual([]);
  });
});
