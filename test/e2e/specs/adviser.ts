import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAs } from '../testkit/accounts.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';

async function expectNoBlockingAxe(page: Page): Promise<void> {
  const violations = (await runAxe(page)).filter(isBlocking);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const listName = 'Werk met mensen';
/** The demo jobseeker's profile (the first cabin crew profile of the seed): the caseload has more people called Sanne. */
const sanneLink = 'a[href="/adviseur/personen/prf_demo-00004"]';

export function adviserSpecs(e2e: E2E) {
  test('the adviser builds a list for Sanne, orders and shares it, and Sanne sees it', async () => {
    const page = await e2e.newPage();
    await signInAs(page, 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Werkadviseur' }).waitFor();
    // The caseload is long and paged: find Sanne by name.
    await page.getByRole('searchbox', { name: 'Zoek op naam, postcode of code' }).fill('Sanne');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const caseload = page.getByTestId('caseload');
    await caseload.locator(sanneLink).waitFor();
    await expectNoBlockingAxe(page);
    await screenshot(page, 'adviser-caseload');

    // Open the person and start a list; an empty name is refused beside the field.
    await caseload.locator(sanneLink).click();
    await page.getByRole('heading', { level: 1, name: 'Sanne (demo)' }).waitFor();
    await page.getByRole('button', { name: 'Lijst maken' }).click();
    const nameField = page.getByRole('textbox', { name: 'Naam van de nieuwe lijst' });
    await expect(nameField.getAttribute('aria-invalid')).resolves.toBe('true');
    await nameField.fill(listName);
    await page.getByRole('button', { name: 'Lijst maken' }).click();
    await page.getByTestId('person-lists').getByRole('link', { name: listName }).waitFor();

    // Run the matches and put the first two on the list, each with a note and a status.
    await page.getByRole('button', { name: 'Zoek passende vacatures' }).click();
    const matches = page.getByTestId('matches').locator(':scope > li');
    await matches.nth(1).waitFor();
    // The adviser sees the same reasons as the person, all of them, with the points of each.
    await expect(matches.first().getByTestId('reasons-full').locator('li').count()).resolves.toBeGreaterThan(1);
    await expect(matches.first().getByTestId('reasons-full').innerText()).resolves.toMatch(/punten/);
    const titles: string[] = [];
    for (const [index, note] of [
      [0, 'Past bij haar ervaring in de cabine.'],
      [1, 'Bel de werkgever eerst.'],
    ] as const) {
      const match = matches.nth(index);
      titles.push(await match.locator('.match__title').innerText());
      await match.locator('summary', { hasText: 'Op een lijst zetten' }).click();
      await match.getByRole('textbox', { name: 'Notitie' }).fill(note);
      await match.getByRole('combobox', { name: 'Status' }).selectOption('GESPREK');
      await match.getByRole('button', { name: 'Zet op lijst' }).click();
      await match.getByTestId('added').waitFor();
    }
    await expect
      .poll(() => page.getByTestId('announcer').innerText())
      .toBe(`${titles[1]} staat nu op de lijst ${listName}.`);
    await expectNoBlockingAxe(page);
    await screenshot(page, 'adviser-person');

    // The list: two items in the order they were added.
    await page.getByTestId('person-lists').getByRole('link', { name: listName }).click();
    await page.getByRole('heading', { level: 1, name: listName }).waitFor();
    const items = page.getByTestId('shortlist-items').locator(':scope > li');
    const itemTitles = () => items.locator('.match__title a').allInnerTexts();
    await expect.poll(itemTitles).toEqual(titles);
    await expect(items.first().getByRole('textbox', { name: 'Notitie' }).inputValue()).resolves.toBe(
      'Past bij haar ervaring in de cabine.',
    );

    // Move the first one down with the keyboard-usable button; focus stays with the moved item.
    await items
      .first()
      .getByRole('button', { name: /^Omlaag/ })
      .click();
    await expect.poll(itemTitles).toEqual([titles[1], titles[0]]);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe(`${titles[0]} staat nu op plaats 2.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Omhoog: ${titles[0]}`);

    // Change a status, and compare the two side by side.
    await items.first().getByRole('combobox', { name: 'Status' }).selectOption('GESOLLICITEERD');
    await items
      .first()
      .getByRole('button', { name: /^Opslaan/ })
      .click();
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe(`${titles[1]} is opgeslagen.`);
    await items
      .nth(0)
      .getByRole('checkbox', { name: /^Vergelijken/ })
      .check();
    await items
      .nth(1)
      .getByRole('checkbox', { name: /^Vergelijken/ })
      .check();
    await page.getByRole('heading', { name: 'Twee vacatures naast elkaar' }).waitFor();

    // Export: a CSV file with a header and both items.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${listName}.csv`);

    // Share with Sanne.
    const share = page.getByRole('switch', { name: 'Delen met de persoon' });
    await share.check();
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe('De lijst is nu gedeeld met de persoon.');
    await expectNoBlockingAxe(page);
    await screenshot(page, 'adviser-shortlist');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'adviser-shortlist-print');

    // Sanne sees the shared list, in the adviser's order, with the notes.
    const sanne = await e2e.newPage();
    await signInAs(sanne, 'jobseeker');
    const shared = sanne
      .getByTestId('my-lists')
      .locator('section', { has: sanne.getByRole('heading', { name: listName }) });
    await shared.waitFor();
    await expect(shared.getByText('Gedeeld door je werkadviseur').isVisible()).resolves.toBe(true);
    await expect(shared.getByRole('link').allInnerTexts()).resolves.toEqual([titles[1], titles[0]]);
    await expect(shared.getByText('Past bij haar ervaring in de cabine.').isVisible()).resolves.toBe(true);

    // The adviser can also put a vacancy they searched for themselves on the list.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Naar de persoon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sanne (demo)' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek een vacature' }).fill('kok');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
    const found = page.getByTestId('finder-results').locator(':scope > li').first();
    await found.locator('summary', { hasText: 'Op een lijst zetten' }).click();
    await found.getByRole('button', { name: 'Zet op lijst' }).click();
    await found.getByTestId('added').waitFor();
    await expect.poll(() => page.getByTestId('person-lists').innerText()).toContain('3 items');
  }, 60_000);
}
