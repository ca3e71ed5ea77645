import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/** Accounts by mail, through the built app; the mail is read from the in-process SMTP server. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://werkbrug.test' });
}, 120_000);
afterAll(async () => t?.close());

const mailsTo = (address: string) => t.runtime.devMailbox!.messages().filter((m) => m.to.includes(address));
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https://werkbrug\\.test${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]!);
};
const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie'] ?? '').split(';')[0]!;

async function mutate(query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: cookie ? { cookie } : {},
    payload: { query, variables },
  });
  return {
    body: res.json() as { data?: any; errors?: { message: string; extensions?: any }[] },
    cookie: cookieOf(res),
  };
}

const register = `mutation($n: String!, $e: String!, $p: String!) { register(name: $n, email: $e, password: $p) }`;
const signIn = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }`;
const confirm = `mutation($t: String!) { confirmEmail(token: $t) { user { email role profileId } } }`;

describe('registering with e-mail and password', () => {
  it('mails a confirmation link that signs the person in once, and only once', async () => {
    const email = 'nieuw@voorbeeld.nl';
    const res = await mutate(register, { n: 'Noor', e: email, p: 'een-lang-wachtwoord' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.register).toBe(true);

    const early = await mutate(signIn, { e: email, p: 'een-lang-wachtwoord' });
    expect(early.body.errors?.[0]?.extensions?.code).toBe('EMAIL_NOT_CONFIRMED');

    const [mail] = mailsTo(email);
    expect(mail?.subject).toContain('Bevestig je e-mailadres');
    expect(mail?.text).toContain('Hallo Noor');
    const token = linkIn(mail!.text, '/account/bevestigen');

    const confirmed = await mutate(confirm, { t: token });
    expect(confirmed.body.data.confirmEmail.user).toEqual({ email, role: 'JOBSEEKER', profileId: null });
    expect(confirmed.cookie).toMatch(/^werkbrug_session=./);
    const viewer = await t.gql('{ viewer { email } }', undefined, confirmed.cookie);
    expect(viewer.data.viewer.email).toBe(email);

    const again = await mutate(confirm, { t: token });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await mutate(signIn, { e: email, p: 'een-lang-wachtwoord' })).body.data.signIn.user.email).toBe(email);
  });

  it('answers the same for a known address and mails that an account exists', async () => {
    const email = 'werkzoekende@demo.werkbrug.nl';
    const before = mailsTo(email).length;
    const res = await mutate(register, { n: 'Iemand', e: email, p: 'nog-een-wachtwoord' });
    expect(res.body).toEqual({ data: { register: true } });
    expect(mailsTo(email)).toHaveLength(before + 1);
    expect(mailsTo(email)[0]?.subject).toContain('Je hebt al een account');
    // The demo password still works: nothing about the account changed.
    expect((await mutate(signIn, { e: email, p: 'werkbrug-demo' })).body.data.signIn.user.email).toBe(email);
  });

  it('refuses short passwords and bad addresses with field messages', async () => {
    const res = await mutate(register, { n: 'X', e: 'geen-adres', p: 'kort' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = res.body.errors?.[0]?.extensions?.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('email');
    const weak = await mutate(register, { n: 'X', e: 'x@voorbeeld.nl', p: 'kort' });
    expect(weak.body.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'password', message: 'Kies een wachtwoord van minstens 10 tekens.' },
    ]);
  });
});

describe('a new password by mail', () => {
  it('resets the password, ends the old sessions and works once', async () => {
    const email = 'werkzoekende2@demo.werkbrug.nl';
    const old = await t.signIn(email);
    const asked = await mutate(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    expect(asked.body.data.requestPasswordReset).toBe(true);
    const token = linkIn(mailsTo(email)[0]!.text, '/account/nieuw-wachtwoord');
    const reset = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { user { email } } }`;
    const done = await mutate(reset, { t: token, p: 'mijn-nieuwe-wachtwoord' });
    expect(done.body.data.resetPassword.user.email).toBe(email);
    expect((await t.gql('{ viewer { email } }', undefined, old)).data.viewer).toBeNull();
    expect((await mutate(reset, { t: token, p: 'nog-een-ander-wachtwoord' })).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await mutate(signIn, { e: email, p: 'mijn-nieuwe-wachtwoord' })).body.data.signIn.user.email).toBe(email);
  });

  it('says the same for an unknown address and sends nothing', async () => {
    const before = t.runtime.devMailbox!.messages().length;
    const asked = await mutate(`mutation($e: String!) { requestPasswordReset(email: $e) }`, {
      e: 'niemand@voorbeeld.nl',
    });
    expect(asked.body).toEqual({ data: { requestPasswordReset: true } });
    expect(t.runtime.devMailbox!.messages()).toHaveLength(before);
  });
});

describe('an adviser invites a person', () => {
  it('links the new account to the profile and keeps the adviser', async () => {
    const adviser = await t.signIn('adviseur@demo.werkbrug.nl');
    const created = await t.gql(
      `mutation { createProfile(input: { alias: "Invité", occupations: [], skills: [], nlqfLevel: 3, postcode: "2011",
        travel: { mode: FIETS, maxMinutes: 30 }, hoursMin: 20, hoursMax: 32 }) { id } }`,
      undefined,
      adviser,
    );
    const profileId = created.data.createProfile.id as string;
    const invite = `mutation($id: ID!, $e: String!) { invitePerson(profileId: $id, email: $e) }`;
    const email = 'uitgenodigd@voorbeeld.nl';
    expect((await t.gql(invite, { id: profileId, e: email }, adviser)).data.invitePerson).toBe(true);
    const jobseeker = await t.signIn('werkzoekende@demo.werkbrug.nl');
    expect((await t.gql(invite, { id: profileId, e: 'x@voorbeeld.nl' }, jobseeker)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    const mail = mailsTo(email)[0]!;
    expect(mail.text).toContain('werkadviseur');
    const token = linkIn(mail.text, '/account/uitnodiging');
    const accept = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { user { profileId } } }`;
    const accepted = await mutate(accept, { t: token, p: 'wachtwoord-van-mij' });
    expect(accepted.body.data.acceptInvitation.user.profileId).toBe(profileId);
    const mine = await t.gql('{ myProfile { id alias hasAdviser } }', undefined, accepted.cookie);
    expect(mine.data.myProfile).toEqual({ id: profileId, alias: 'Invité', hasAdviser: true });
    expect(
      (await t.gql(invite, { id: profileId, e: 'ander@voorbeeld.nl' }, adviser)).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });
});
