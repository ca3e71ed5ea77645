import { expect, test } from 'vitest';
import { signInAs } from '../testkit/accounts.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';
import { searchBox, waitForResults } from '../testkit/search-page.ts';

export function mineSpecs(e2e: E2E) {
  test('a visitor searches, signs in as the demo jobseeker, reads why matches fit and saves one to their list', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await searchBox(page).fill('steward');
    await searchBox(page).press('Enter');
    await waitForResults(page, 'steward');

    await signInAs(page, 'jobseeker');
    await page.getByRole('heading', { level: 1, name: 'Mijn Werkbrug' }).waitFor();
    const matches = page.getByTestId('matches').locator(':scope > li');
    await matches.first().waitFor();
    const first = matches.first();

    // A score out of 100, the plain-Dutch reason, and the advice notice beside the score.
    await expect(first.getByTestId('match-score').innerText()).resolves.toMatch(/\d+ van 100/);
    await expect(first.getByTestId('match-summary').innerText()).resolves.toMatch(/\S/);
    await expect(
      first.locator('.match__score').getByText('Dit is advies. Een mens beslist.').isVisible(),
    ).resolves.toBe(true);
    await expect(first.getByRole('heading', { name: 'Wat past' }).isVisible()).resolves.toBe(true);
    await expect(first.getByRole('heading', { name: 'Wat nog ontbreekt' }).isVisible()).resolves.toBe(true);

    // The breakdown is a native disclosure: closed until asked for.
    const breakdown = first.getByText('Hoe we de score berekenen');
    await expect(first.getByRole('table').isVisible()).resolves.toBe(false);
    await breakdown.click();
    await expect(first.getByRole('columnheader', { name: 'Hoe zwaar het telt' }).isVisible()).resolves.toBe(true);

    const violations = (await runAxe(page)).filter(isBlocking);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'mine-matches');

    // Save: the list is created on first use, the save is announced, and the list shows it.
    const title = await first.locator('.match__title').innerText();
    await first.getByRole('button', { name: /^Bewaar op mijn lijst/ }).click();
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe(`${title} staat nu op je lijst.`);
    await first.getByTestId('saved').waitFor();
    const lists = page.getByTestId('my-lists');
    await lists.getByRole('heading', { name: 'Mijn lijst' }).waitFor();
    await expect(lists.getByRole('link', { name: title }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'mine-saved');

    // After a reload the vacancy is still saved.
    await page.reload();
    await page.getByTestId('my-lists').getByRole('link', { name: title }).waitFor();
  });
}
