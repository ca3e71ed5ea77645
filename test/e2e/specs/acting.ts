import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAs } from '../testkit/accounts.ts';
import { apiAs, linkIn, openMail } from '../testkit/api.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';

async function expectNoBlockingAxe(page: Page): Promise<void> {
  const violations = (await runAxe(page)).filter(isBlocking);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function signInAsJobseeker2(page: Page): Promise<void> {
  await page.goto('/inloggen');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('werkzoekende2@demo.werkbrug.nl');
  await page.getByLabel('Wachtwoord').fill('werkbrug-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/mijn$/);
}

/** A vacancy posted through the API by the demo employer (the care organisation). */
async function postVacancy(baseUrl: string, title: string): Promise<string> {
  const employer = await apiAs(baseUrl, 'werkgever@demo.werkbrug.nl');
  const own = await employer<{ myVacancies: { items: { id: string; status: string }[] } }>(
    '{ myVacancies(first: 1) { items { id status } } }',
  );
  const model = await employer<{ vacancy: { occupation: { uri: string }; essentialSkills: { uri: string }[] } }>(
    'query($id: ID!) { vacancy(id: $id) { occupation { uri } essentialSkills { uri } } }',
    { id: own.myVacancies.items[0]!.id },
  );
  const posted = await employer<{ postVacancy: { id: string } }>(
    'mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }',
    {
      input: {
        title,
        description: 'Je helpt ouderen thuis met de dagelijkse zorg, samen met een vast team.',
        occupationUri: model.vacancy.occupation.uri,
        postcode: '2011 AB',
        essentialSkills: model.vacancy.essentialSkills.slice(0, 2).map((s) => s.uri),
        nlqfLevel: 3,
        hoursMin: 24,
        hoursMax: 32,
        contractType: 'VAST',
        validThrough: '2099-12-31',
        application: { email: 'vacatures@example.nl' },
      },
    },
  );
  return posted.postVacancy.id;
}

export function actingSpecs(e2e: E2E) {
  test('a jobseeker saves a search, gets an alert mail with the reason, and unsubscribes from its link', async () => {
    const page = await e2e.newPage();
    await signInAsJobseeker2(page);
    await page.goto('/zoeken?q=wijkverpleging');
    await page.getByRole('button', { name: 'Bewaar deze zoekopdracht' }).click();
    // The button is replaced by the form: the keyboard continues in its first field.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.getAttribute('value') ?? (document.activeElement as HTMLInputElement | null)?.value,
        ),
      )
      .toBe('Vacatures: wijkverpleging');
    await page.getByRole('textbox', { name: 'Naam van de zoekopdracht' }).fill('Wijkverpleging');
    await page.getByRole('radio', { name: 'Elke dag' }).check();
    await expectNoBlockingAxe(page);
    await page.getByRole('button', { name: 'Bewaar deze zoekopdracht' }).click();
    await page.getByTestId('search-saved').waitFor();
    await page.getByRole('link', { name: 'Mijn meldingen' }).click();
    await page.getByTestId('saved-searches').getByRole('heading', { name: 'Wijkverpleging' }).waitFor();
    await expectNoBlockingAxe(page);
    await screenshot(page, 'alerts-page');

    // A new vacancy that fits; the alert job runs (the development route runs it now).
    const vacancyId = await postVacancy(e2e.baseUrl, 'Wijkverpleging Haarlem-Oost');
    const run = await fetch(`${e2e.baseUrl}/dev/alerts/run`, { method: 'POST' });
    expect(((await run.json()) as { mailed: number }).mailed).toBeGreaterThanOrEqual(1);
    const text = await openMail(page, 'werkzoekende2@demo.werkbrug.nl', /Wijkverpleging/);
    expect(text).toContain('Wijkverpleging Haarlem-Oost');
    expect(text).toContain(`/vacatures/${vacancyId}`);
    expect(text).toMatch(/Waarom: Nieuw, past bij "wijkverpleging"/);

    // The unsubscribe link works without signing in (a fresh browser), after one click.
    const stranger = await e2e.newPage();
    await stranger.goto(linkIn(text, '/meldingen/afmelden'));
    await stranger.getByRole('heading', { level: 1, name: 'Afmelden voor mail' }).waitFor();
    await expectNoBlockingAxe(stranger);
    await stranger.getByRole('button', { name: 'Afmelden' }).click();
    await expect(stranger.getByTestId('unsubscribed').innerText()).resolves.toContain('Wijkverpleging');
    await page.goto('/mijn/meldingen');
    await page.getByText('Je hebt nog geen bewaarde zoekopdrachten.').waitFor();
  }, 60_000);

  test('a jobseeker answers an item their adviser shared, and the adviser sees the answer', async () => {
    const adviser = await apiAs(e2e.baseUrl, 'adviseur@demo.werkbrug.nl');
    const open = await adviser<{ vacancyList: { items: { id: string; title: string }[] } }>(
      '{ vacancyList(first: 2, status: OPEN) { items { id title } } }',
    );
    const list = await adviser<{ createShortlist: { id: string } }>(
      'mutation { createShortlist(profileId: "prf_demo-00004", name: "Om te bespreken") { id } }',
    );
    const listId = list.createShortlist.id;
    for (const v of open.vacancyList.items)
      await adviser(
        'mutation($l: ID!, $v: ID!) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $v) { id } }',
        {
          l: listId,
          v: v.id,
        },
      );
    await adviser('mutation($l: ID!) { shareShortlist(id: $l, shared: true) { id } }', { l: listId });
    const title = open.vacancyList.items[0]!.title;

    const sanne = await e2e.newPage();
    await signInAs(sanne, 'jobseeker');
    const shared = sanne
      .getByTestId('my-lists')
      .locator('section', { has: sanne.getByRole('heading', { name: 'Om te bespreken' }) });
    const answer = shared.getByTestId('item-answer').first();
    await answer.getByRole('radio', { name: 'Gesolliciteerd' }).check();
    await answer.getByRole('textbox', { name: /Korte notitie/ }).fill('Vandaag gemaild');
    await answer.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect
      .poll(() => sanne.getByTestId('announcer').innerText())
      .toBe(`Je antwoord op ${title} is opgeslagen. Je werkadviseur ziet het.`);
    await expectNoBlockingAxe(sanne);
    await screenshot(sanne, 'mine-answer');

    const page = await e2e.newPage();
    await signInAs(page, 'adviser');
    await page.goto(`/adviseur/lijsten/${listId}`);
    const first = page.getByTestId('shortlist-items').locator(':scope > li').first();
    await expect(first.getByTestId('person-answer').innerText()).resolves.toBe(
      'Antwoord van de persoon: Gesolliciteerd – Vandaag gemaild',
    );

    // Weghalen waits: the toast offers Ongedaan maken, which brings the item back.
    const items = page.getByTestId('shortlist-items').locator(':scope > li');
    await first.getByRole('button', { name: /^Weghalen/ }).click();
    const toast = page.getByTestId('undo-toast');
    await toast.waitFor();
    await expect(items.count()).resolves.toBe(1);
    // Focus goes on in the list (the next item), as after every removal; the toast waits beside it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="shortlist-items"]') !== null))
      .toBe(true);
    await expectNoBlockingAxe(page);
    await screenshot(page, 'shortlist-undo');
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Weghalen: ${title}`);
    // Without undo, the removal happens once the toast is gone, and stays after a reload.
    await items
      .nth(1)
      .getByRole('button', { name: /^Weghalen/ })
      .click();
    await toast.waitFor({ state: 'detached', timeout: 15_000 });
    await page.reload();
    await expect.poll(() => items.count()).toBe(1);
    await expect(items.first().getByTestId('person-answer').isVisible()).resolves.toBe(true);
  }, 60_000);

  test('the adviser finds people in a large caseload by name, filter and page, told apart by code', async () => {
    const page = await e2e.newPage();
    await signInAs(page, 'adviser');
    await page.getByRole('searchbox', { name: 'Zoek op naam, postcode of code' }).fill('Sanne');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/zoek=Sanne/);
    const people = page.getByTestId('caseload').locator(':scope > li');
    // The page shows the answer to this search once every card is a Sanne.
    await expect.poll(async () => (await people.allInnerTexts()).every((card) => card.includes('Sanne'))).toBe(true);
    const cards = await people.allInnerTexts();
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card).toContain('Sanne');
    // Same alias, different postcode and code.
    const labels = await people.locator('.card__meta').first().allInnerTexts();
    expect(labels[0]).toMatch(/Postcode \d{4} · Code \S{4}/);
    expect(new Set(await people.locator('.person-code').allInnerTexts()).size).toBe(cards.length);
    await expect(page.url()).toContain('zoek=Sanne');
    await expectNoBlockingAxe(page);

    await page.getByRole('searchbox', { name: 'Zoek op naam, postcode of code' }).fill('');
    await page.getByRole('combobox', { name: 'Sorteren op' }).selectOption('LAST_ACTIVITY');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText(/1 tot 25 van \d+/).waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText(/26 tot 50 van \d+/).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'caseload-count',
    );
    await screenshot(page, 'caseload-search');
  });

  test('an employer edits a vacancy and asks for contact with a candidate without learning who it is', async () => {
    const page = await e2e.newPage();
    await signInAs(page, 'employer');
    const employer = await apiAs(e2e.baseUrl, 'werkgever@demo.werkbrug.nl');
    const own = await employer<{ myVacancies: { items: { id: string; title: string; status: string }[] } }>(
      '{ myVacancies(first: 100) { items { id title status } } }',
    );
    let withCandidates: string | null = null;
    for (const v of own.myVacancies.items.filter((x) => x.status === 'OPEN')) {
      const found = await employer<{ matchProfiles: { candidates: { contactRequest: unknown }[] } }>(
        'query($id: ID!) { matchProfiles(vacancyId: $id, first: 5) { candidates { contactRequest { status } } } }',
        { id: v.id },
      );
      if (found.matchProfiles.candidates.some((c) => c.contactRequest === null)) {
        withCandidates = v.id;
        break;
      }
    }
    expect(withCandidates).not.toBeNull();

    // Edit: the form comes filled in, the change is saved and shown.
    const target = own.myVacancies.items.find((v) => v.status === 'OPEN')!;
    await page.goto(`/werkgever/vacatures/${target.id}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Vacature aanpassen' }).waitFor();
    const titleField = page.getByRole('textbox', { name: 'Functietitel' });
    await expect(titleField.inputValue()).resolves.toBe(target.title);
    await expectNoBlockingAxe(page);
    await titleField.fill(`${target.title} (aangepast)`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL(/\/werkgever$/);
    await page.getByText(`${target.title} (aangepast)`).first().waitFor();

    // Contact: the request goes out; the card shows only its status.
    await page.goto(`/werkgever/vacatures/${withCandidates}`);
    const cards = page.getByTestId('candidates').locator(':scope > li');
    await cards.first().waitFor();
    let index = 0;
    while (
      (await cards
        .nth(index)
        .getByRole('button', { name: /^Vraag contact aan/ })
        .count()) === 0
    )
      index++;
    const card = cards.nth(index);
    await card.getByRole('button', { name: /^Vraag contact aan/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await card.getByRole('button', { name: 'Verstuur' }).click();
    await card.getByText('Je bericht is te kort', { exact: false }).waitFor();
    await expectNoBlockingAxe(page);
    await card
      .getByRole('textbox', { name: 'Je bericht' })
      .fill('Wij zoeken iemand voor de wijk. Kunnen we kennismaken?');
    await card.getByRole('button', { name: 'Verstuur' }).click();
    await expect(card.getByTestId('contact-status').innerText()).resolves.toBe('Contact gevraagd: Wacht op antwoord');
    await expect(page.getByTestId('candidates').innerText()).resolves.not.toMatch(/prf_|@/);
    await screenshot(page, 'employer-contact');
  }, 60_000);
}
