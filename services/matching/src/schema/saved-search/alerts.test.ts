import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertJob } from '../../application/alerts.ts';
import { systemClock } from '../../application/clock-and-ids.ts';
import type { Store } from '../../store/ports.ts';
import { storeScoreRecorder } from '../../application/scoring-log.ts';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/** Saved searches and their alert mails, through the built app and the in-process SMTP server. */
let t: TestApp;
let jobseeker: string;
let employer: string;
beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://werkbrug.test' });
  jobseeker = await t.signIn('werkzoekende@demo.werkbrug.nl');
  employer = await t.signIn('werkgever@demo.werkbrug.nl');
}, 120_000);
afterAll(async () => t?.close());

const alertsTo = (address: string) =>
  t.runtime.devMailbox!.messages().filter((m) => m.to.includes(address) && m.subject.includes('nieuwe vacature'));
const runAlerts = async () => (await t.app.inject({ method: 'POST', url: '/dev/alerts/run' })).json();

/** Posts a vacancy like `like` (by default one of the employer's own), under a new title. */
async function postVacancy(title: string, like?: Vacancy) {
  const own =
    like ??
    (await t.runtime.store.vacancies.list({ employerId: 'emp_healthcare-001', status: 'open' }, { first: 1 }))
      .items[0]!;
  const res = await t.gql(
    'mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }',
    {
      input: {
        title,
        description: 'Je helpt ouderen thuis met de dagelijkse zorg, samen met een vast team.',
        occupationUri: own.occupationUri,
        postcode: like?.location.postcode ?? '2011 AB',
        essentialSkills: like ? like.essentialSkills : own.essentialSkills.slice(0, 2),
        nlqfLevel: like?.nlqfLevel ?? 3,
        hoursMin: like?.hoursMin ?? 24,
        hoursMax: like?.hoursMax ?? 32,
        contractType: 'VAST',
        validThrough: '2099-12-31',
        application: { email: 'vacatures@example.nl' },
      },
    },
    employer,
  );
  return res.data.postVacancy.id as string;
}

describe('saved searches and alerts', () => {
  it('mails new fits with their reason once, and stops from the unsubscribe link without signing in', async () => {
    const saved = await t.gql(
      `mutation { saveSearch(input: { name: "Wijkzorg Haarlem", kind: SEARCH, query: "q=wijkzorgster&postcode=2011&km=10", frequency: DAILY }) { id name frequency nextAlertAt } }`,
      undefined,
      jobseeker,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveSearch).toMatchObject({ name: 'Wijkzorg Haarlem', frequency: 'DAILY' });
    const id = await postVacancy('Wijkzorgster Haarlem-Noord');

    const first = await runAlerts();
    expect(first.mailed).toBeGreaterThanOrEqual(1);
    const [mail] = alertsTo('werkzoekende@demo.werkbrug.nl');
    expect(mail?.subject).toContain('Wijkzorg Haarlem');
    expect(mail?.text).toContain('Wijkzorgster Haarlem-Noord');
    expect(mail?.text).toContain(`https://werkbrug.test/vacatures/${id}`);
    expect(mail?.text).toMatch(/Waarom: Nieuw, past bij "wijkzorgster", [\d,]+ km van 2011/);
    expect(mail?.headers['list-unsubscribe']).toMatch(/^<https:\/\/werkbrug\.test\/meldingen\/afmelden\?token=/);

    // Nothing is sent twice.
    const before = alertsTo('werkzoekende@demo.werkbrug.nl').length;
    await runAlerts();
    expect(alertsTo('werkzoekende@demo.werkbrug.nl')).toHaveLength(before);

    // The person's data export names the search and what it mailed.
    const exported = JSON.parse((await t.gql('{ myDataExport }', undefined, jobseeker)).data.myDataExport);
    expect(exported.savedSearches.map((x: { name: string }) => x.name)).toContain('Wijkzorg Haarlem');
    expect(exported.alertsSent.map((x: { vacancyId: string }) => x.vacancyId)).toContain(id);

    const token = decodeURIComponent(/afmelden\?token=([^\s>]+)/.exec(mail!.text)![1]!);
    const forged = await t.gql('mutation($t: String!) { unsubscribeAlert(token: $t) { name } }', {
      t: `${token.split('.')[0]}.AAAA`,
    });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stopped = await t.gql('mutation($t: String!) { unsubscribeAlert(token: $t) { name } }', { t: token });
    expect(stopped.data.unsubscribeAlert.name).toBe('Wijkzorg Haarlem');
    const again = await t.gql('mutation($t: String!) { unsubscribeAlert(token: $t) { name } }', { t: token });
    expect(again.data.unsubscribeAlert.name).toBeNull();
    const mine = await t.gql('{ mySavedSearches { id } }', undefined, jobseeker);
    expect(mine.data.mySavedSearches.map((s: { id: string }) => s.id)).not.toContain(saved.data.saveSearch.id);
  });

  it('keeps a search whose mail failed and sends it on the next run', async () => {
    const saved = await t.gql(
      `mutation { saveSearch(input: { name: "Thuiszorg", kind: SEARCH, query: "q=thuiszorgmedewerker", frequency: WEEKLY }) { id } }`,
      undefined,
      jobseeker,
    );
    await postVacancy('Thuiszorgmedewerker Zandvoort');
    const send = t.runtime.mailer.send;
    t.runtime.mailer.send = async () => {
      throw new Error('mail server down');
    };
    try {
      expect((await runAlerts()).failed).toBeGreaterThanOrEqual(1);
    } finally {
      t.runtime.mailer.send = send;
    }
    await runAlerts();
    const mails = alertsTo('werkzoekende@demo.werkbrug.nl').filter((m) => m.subject.includes('Thuiszorg'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Thuiszorgmedewerker Zandvoort');
    await t.gql('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id: saved.data.saveSearch.id }, jobseeker);
  });

  it('mails a due search once when two instances run the job at the same moment', async () => {
    const saved = await t.gql(
      `mutation { saveSearch(input: { name: "Twee keer", kind: SEARCH, query: "q=wijkverpleegkundige", frequency: DAILY }) { id } }`,
      undefined,
      jobseeker,
    );
    await postVacancy('Wijkverpleegkundige Heemstede');
    // Two jobs as two instances would run them, both past their look for due searches before either
    // claims one: the race the claim in the store is there for.
    let arrived = 0;
    let bothLooked: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => {
      bothLooked = resolve;
    });
    const store = t.runtime.store;
    const racing: Store['savedSearches'] = {
      ...store.savedSearches,
      due: async (now, limit) => {
        const due = await store.savedSearches.due(now, limit);
        if (++arrived === 2) bothLooked();
        await barrier;
        return due;
      },
    };
    const job = () =>
      createAlertJob({
        store: { ...store, savedSearches: racing },
        search: t.runtime.search,
        matching: t.runtime.matching,
        taxonomy: t.runtime.taxonomy,
        mailer: t.runtime.mailer,
        publicUrl: 'https://werkbrug.test',
        tokenSecret: t.runtime.config.TOKEN_SECRET,
        alertHourUtc: 6,
        matchingEnabled: true,
        scores: storeScoreRecorder(store.secrets, t.runtime.scoringLog, systemClock),
        clock: systemClock,
        log: () => undefined,
      });
    const runs = await Promise.all([job().run({ all: true }), job().run({ all: true })]);
    expect(runs.map((r) => r.failed)).toEqual([0, 0]);
    const mails = alertsTo('werkzoekende@demo.werkbrug.nl').filter((m) => m.subject.includes('Twee keer'));
    expect(mails).toHaveLength(1);
    await t.gql('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id: saved.data.saveSearch.id }, jobseeker);
  });

  it('writes the scores a "my matches" mail shows into the scoring log, as shown to the person', async () => {
    const profileId = (await t.gql('{ myProfile { id } }', undefined, jobseeker)).data.myProfile.id as string;
    const top = await t.gql(
      'query($p: ID!) { matchVacancies(profileId: $p, first: 1) { matches { vacancy { id } } } }',
      { p: profileId },
      jobseeker,
    );
    const like = (await t.runtime.store.vacancies.get(top.data.matchVacancies.matches[0].vacancy.id))!;
    const saved = await t.gql(
      `mutation { saveSearch(input: { name: "Nieuwe matches", kind: MATCHES, frequency: DAILY }) { id } }`,
      undefined,
      jobseeker,
    );
    expect(saved.errors).toBeUndefined();
    const id = await postVacancy('Nieuwe match voor het logboek', like);
    await runAlerts();
    const mail = alertsTo('werkzoekende@demo.werkbrug.nl').find((m) => m.subject.includes('Nieuwe matches'));
    expect(mail?.text).toContain('Nieuwe match voor het logboek');
    const mailed = Number(/Score (\d+) van 100/.exec(mail!.text.split('Nieuwe match voor het logboek')[1]!)?.[1]);
    await t.runtime.scoringLog.flush();
    const rows = await t.runtime.store.sql.all<{
      kind: string;
      profile_id: string;
      viewer_role: string;
      score: number;
    }>('SELECT kind, profile_id, viewer_role, score FROM scoring_log WHERE target_id = ?', [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'vacancy', profile_id: profileId, viewer_role: 'jobseeker' });
    expect(Math.round(rows[0]!.score)).toBe(mailed);
    await t.gql('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id: saved.data.saveSearch.id }, jobseeker);
  });

  it('refuses a search that is not for vacancies, and "my matches" without a profile', async () => {
    const courses = await t.gql(
      `mutation { saveSearch(input: { name: "Cursus", kind: SEARCH, query: "soort=opleidingen&q=zorg", frequency: DAILY }) { id } }`,
      undefined,
      jobseeker,
    );
    expect(courses.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.query', message: 'Je kunt alleen een zoekopdracht naar vacatures bewaren.' },
    ]);
  });

  it('stops alerts when the person erases their profile', async () => {
    const saved = await t.gql(
      `mutation { saveSearch(input: { name: "Mijn matches", kind: MATCHES, frequency: DAILY }) { id } }`,
      undefined,
      jobseeker,
    );
    expect(saved.errors).toBeUndefined();
    const profileId = (await t.gql('{ myProfile { id } }', undefined, jobseeker)).data.myProfile.id;
    const user = await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl');
    await t.gql('mutation($id: ID!) { deleteProfile(id: $id) }', { id: profileId }, jobseeker);
    expect(await t.runtime.store.savedSearches.get(saved.data.saveSearch.id)).toBeNull();
    // The account goes with the profile (issue 12), and nothing saved under it is left.
    expect(await t.runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl')).toBeNull();
    expect(await t.runtime.store.savedSearches.listByUser(user!.id)).toEqual([]);
  });
});
