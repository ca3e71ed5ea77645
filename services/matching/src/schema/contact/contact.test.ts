import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/** "Vraag contact aan": the employer asks, the adviser (or the person) answers, nobody is named. */
let t: TestApp;
let employer: string;
beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '1200', SEED_PROFILES: '600', PUBLIC_URL: 'https://werkbrug.test' });
  employer = await t.signIn('werkgever@demo.werkbrug.nl');
}, 120_000);
afterAll(async () => t?.close());

const candidatesOf = async (vacancyId: string) =>
  (
    await t.gql(
      'query($id: ID!) { matchProfiles(vacancyId: $id, first: 20) { candidates { candidateId contactRequest { status } } } }',
      { id: vacancyId },
      employer,
    )
  ).data.matchProfiles.candidates as { candidateId: string; contactRequest: { status: string } | null }[];

describe('contact requests', () => {
  it('goes to the adviser without naming the person, and the employer hears the answer', async () => {
    const own = await t.gql('{ myVacancies(first: 100) { items { id status } } }', undefined, employer);
    const ask = `mutation($v: ID!, $c: String!) { requestCandidateContact(vacancyId: $v, candidateId: $c, message: "Wij willen je graag leren kennen.") { status } }`;
    let vacancyId = '';
    let candidate = '';
    let asked: { data: { requestCandidateContact: { status: string } }; errors?: unknown } | null = null;
    // The first candidate who can be reached: someone without an account and without an adviser they share
    // with cannot be, and the employer is told so (CONFLICT) without learning who it is.
    search: for (const v of own.data.myVacancies.items) {
      if (v.status !== 'OPEN') continue;
      for (const card of await candidatesOf(v.id)) {
        const res = await t.gql(ask, { v: v.id, c: card.candidateId }, employer);
        if (res.errors?.[0]?.extensions?.code === 'CONFLICT') {
          expect(res.errors[0].message).toBe('We kunnen deze kandidaat nu niet bereiken. Kies een andere kandidaat.');
          continue;
        }
        [vacancyId, candidate, asked] = [v.id, card.candidateId, res];
        break search;
      }
    }
    expect(candidate).not.toBe('');
    if (!asked) throw new Error('no candidate to ask');
    expect(asked.errors).toBeUndefined();
    expect(asked.data.requestCandidateContact.status).toBe('OPEN');
    expect(JSON.stringify(asked.data)).not.toMatch(/prf_/);
    expect((await t.gql(ask, { v: vacancyId, c: candidate }, employer)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await candidatesOf(vacancyId)).find((c) => c.candidateId === candidate)?.contactRequest).toEqual({
      status: 'OPEN',
    });

    const stored = (await t.runtime.store.contactRequests.listForVacancy(vacancyId))[0]!;
    const profile = (await t.runtime.store.profiles.get(stored.profileId))!;
    const recipientId = stored.adviserId ?? profile.userId!;
    const recipient = (await t.runtime.store.users.get(recipientId))!;
    const mail = t.runtime.devMailbox!.messages().find((m) => m.to.includes(recipient.email))!;
    expect(mail.subject).toContain('Een werkgever wil contact');
    expect(mail.text).toContain('Wij willen je graag leren kennen.');

    // The adviser (or the person) answers; another adviser cannot.
    const cookie = await t.signIn(recipient.email);
    const mine = await t.gql('{ myContactRequests { id message person { id } employerContact } }', undefined, cookie);
    const request = mine.data.myContactRequests.find((r: { id: string }) => r.id === stored.id);
    expect(request).toMatchObject({
      message: 'Wij willen je graag leren kennen.',
      employerContact: 'werkgever@demo.werkbrug.nl',
    });
    const otherAdviser = await t.signIn(
      stored.adviserId === 'usr_demo-adviseur2' ? 'adviseur3@demo.werkbrug.nl' : 'adviseur2@demo.werkbrug.nl',
    );
    const answer = 'mutation($id: ID!) { answerContactRequest(id: $id, accept: true) { status } }';
    expect((await t.gql(answer, { id: stored.id }, otherAdviser)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(answer, { id: stored.id }, cookie)).data.answerContactRequest.status).toBe('ACCEPTED');
    const reply = t.runtime.devMailbox!.messages().find((m) => m.to.includes('werkgever@demo.werkbrug.nl'))!;
    expect(reply.subject).toContain('Ja op je contactverzoek');
    expect((await candidatesOf(vacancyId)).find((c) => c.candidateId === candidate)?.contactRequest).toEqual({
      status: 'ACCEPTED',
    });
  });
});
