import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAs } from '../testkit/accounts.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';
import { resultTitles, searchBox, waitForResults } from '../testkit/search-page.ts';

async function expectNoBlockingAxe(page: Page): Promise<void> {
  const violations = (await runAxe(page)).filter(isBlocking);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The error text a field points to with aria-describedby. */
async function fieldError(page: Page, fieldId: string): Promise<string> {
  const ids = ((await page.locator(`#${fieldId}`).getAttribute('aria-describedby')) ?? '').split(' ');
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? page.locator(`#${errorId}`).innerText() : '';
}

const title = 'Wondverzorger thuiszorg Velsen';

export function employerSpecs(e2e: E2E) {
  test('the employer posts a vacancy after fixing the inline errors, finds it in search and closes it', async () => {
    const page = await e2e.newPage();
    await signInAs(page, 'employer');
    await page.getByRole('heading', { level: 1, name: 'Werkgever' }).waitFor();
    await page.getByTestId('vacancies-open').waitFor();
    await expectNoBlockingAxe(page);
    await screenshot(page, 'employer-vacancies');

    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature plaatsen' }).waitFor();

    // Too short, nothing chosen: every problem beside its field and in the summary.
    await page.getByRole('textbox', { name: 'Functietitel' }).fill('Wo');
    await page.getByRole('textbox', { name: 'Omschrijving' }).fill('Te kort.');
    await page.getByRole('spinbutton', { name: 'Minste uren per week' }).fill('32');
    await page.getByRole('spinbutton', { name: 'Meeste uren per week' }).fill('16');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    await expect(fieldError(page, 'vac-title')).resolves.toBe('De functietitel is te kort (minstens 3 tekens).');
    await expect(fieldError(page, 'vac-skills')).resolves.toBe('Kies minstens 1 vaardigheid die nodig is.');
    await expect(fieldError(page, 'vac-occupation')).resolves.toBe('Kies een beroep uit de lijst.');
    await expect(fieldError(page, 'vac-apply-url')).resolves.toBe(
      'Vul in hoe mensen kunnen solliciteren: een webadres, een e-mailadres of een telefoonnummer.',
    );
    await expectNoBlockingAxe(page);
    await screenshot(page, 'employer-post-errors');

    // Now valid: occupation and skills by autocomplete, one skill marked helpful.
    await page.getByRole('textbox', { name: 'Functietitel' }).fill(title);
    await page
      .getByRole('textbox', { name: 'Omschrijving' })
      .fill('Je verzorgt wonden bij mensen thuis in Velsen en IJmuiden. Je werkt in een vast team.');
    await page.getByRole('searchbox', { name: 'Beroep' }).fill('verpleeg');
    await page.getByTestId('vac-occupation-options').getByRole('button').first().click();
    await page.getByTestId('chosen-occupation').waitFor();
    const skillBox = page.getByRole('searchbox', { name: 'Vaardigheden' });
    await skillBox.fill('wondzorg');
    await page.getByTestId('vac-skills-options').getByRole('button').first().click();
    await skillBox.fill('eerste hulp');
    await page.getByTestId('vac-skills-options').getByRole('button').first().click();
    const chosen = page.getByTestId('chosen-skills').locator(':scope > li');
    await expect.poll(() => chosen.count()).toBe(2);
    await chosen.nth(1).getByRole('radio', { name: 'Handig' }).check();
    await page.getByRole('textbox', { name: 'Postcode van de werkplek' }).fill('1971');
    await page.getByRole('combobox', { name: 'Niveau' }).selectOption('3');
    await page.getByRole('combobox', { name: 'Soort contract' }).selectOption('VAST');
    // Salary and how to apply: the form asks for both, checked with the shared schema before sending.
    await page.getByRole('textbox', { name: 'Laagste salaris in euro' }).fill('2800');
    await page.getByRole('textbox', { name: 'Hoogste salaris in euro' }).fill('3400');
    await page.getByRole('textbox', { name: 'E-mailadres voor sollicitaties' }).fill('vacatures@zorg.example.nl');
    await page.getByRole('textbox', { name: 'Contactpersoon (niet verplicht)' }).fill('Anouk de Vries');
    // The schema compares the hours once the fields themselves are right.
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
    await expect
      .poll(() => fieldError(page, 'vac-hours-max'))
      .toBe('Het hoogste aantal uren moet minstens zo hoog zijn als het laagste.');
    await expect(summary.getByRole('listitem').count()).resolves.toBe(1);
    await page.getByRole('spinbutton', { name: 'Meeste uren per week' }).fill('36');
    await screenshot(page, 'employer-post-filled');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();

    await page.waitForURL(/\/werkgever$/);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain(`${title} is geplaatst.`);
    const open = page.getByTestId('vacancies-open');
    await open.getByRole('link', { name: title, exact: true }).waitFor();

    // It can be found in search within seconds.
    const visitor = await e2e.newPage();
    await visitor.goto('/zoeken');
    await searchBox(visitor).fill('wondverzorger velsen');
    await searchBox(visitor).press('Enter');
    await expect
      .poll(
        async () => {
          await visitor.reload();
          await waitForResults(visitor, 'wondverzorger velsen').catch(() => undefined);
          return resultTitles(visitor);
        },
        { timeout: 15_000 },
      )
      .toContain(title);

    // Candidates: cards only, and the people who fit but stay hidden are counted.
    const card = open.locator('li', { has: page.getByRole('link', { name: title, exact: true }) });
    await card.getByRole('link', { name: /^Mensen die passen/ }).click();
    await page.getByRole('heading', { level: 1, name: `Mensen die passen bij ${title}` }).waitFor();
    await page.locator('.notice').first().waitFor();
    await expectNoBlockingAxe(page);
    await screenshot(page, 'employer-candidates');
    await page.getByRole('link', { name: 'Terug naar je vacatures' }).click();

    // Close it, after a confirmation that can be declined.
    const again = page
      .getByTestId('vacancies-open')
      .locator('li', { has: page.getByRole('link', { name: title, exact: true }) });
    await again.getByRole('button', { name: /^Sluiten/ }).click();
    await again.getByRole('button', { name: 'Nee, open laten' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Sluiten: ${title}`);
    await again.getByRole('button', { name: /^Sluiten/ }).click();
    await expect(again.getByText('Weet je zeker dat je').isVisible()).resolves.toBe(true);
    await again.getByRole('button', { name: 'Ja, sluiten' }).click();
    await page.getByTestId('vacancies-closed').getByRole('link', { name: title, exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe(`${title} is gesloten.`);
  }, 60_000);
}
