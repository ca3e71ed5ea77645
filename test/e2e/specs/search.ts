import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import type { E2E } from '../testkit/e2e.ts';
import { resultCount, resultTitles, resultsFor, searchBox, waitForResults } from '../testkit/search-page.ts';

/** The number in a checkbox label such as "Zorg & welzijn (462)". */
async function countInLabel(page: Page, name: RegExp): Promise<number> {
  const label = await page
    .getByRole('checkbox', { name })
    .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  return Number(/\((\d+)\)/.exec(label)?.[1]);
}

/** Waits until the shown results belong to the current address (after a filter changed it). */
async function settled(page: Page, query = ''): Promise<void> {
  await resultsFor(page, query).waitFor();
}

/** "1,3 km" on the result cards, as numbers. */
async function distances(page: Page): Promise<number[]> {
  const texts = await page.locator('[data-testid="results"] .card__facts dd').allInnerTexts();
  return texts.filter((t) => /^\d+(,\d)? km$/.test(t)).map((t) => Number(t.replace(' km', '').replace(',', '.')));
}

export function searchSpecs(e2e: E2E) {
  test('a visitor narrows the vacancies with a facet and the other values keep their counts', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await waitForResults(page, '');
    const care = await countInLabel(page, /^Zorg & welzijn/);
    const ict = await countInLabel(page, /^ICT/);

    await page.getByRole('checkbox', { name: /^Zorg & welzijn/ }).check();
    await page.waitForURL(/sector=healthcare/);
    await expect.poll(() => resultCount(page)).toBe(`${care} vacatures gevonden`);
    // The other sectors stay choosable with their own counts, so a second one can be added.
    expect(await countInLabel(page, /^ICT/)).toBe(ict);
    await page.getByRole('checkbox', { name: /^ICT/ }).check();
    await expect.poll(() => resultCount(page)).toBe(`${care + ict} vacatures gevonden`);
    await screenshot(page, 'search-facet-sector');

    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(() => page.url()).not.toMatch(/sector=/);
    await expect(page.getByRole('checkbox', { name: /^Zorg & welzijn/ }).isChecked()).resolves.toBe(false);
  });

  test('a visitor finds vacancies within a radius of their postcode, nearest first', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await waitForResults(page, '');
    const postcode = page.getByRole('textbox', { name: 'Je postcode' });

    // A postcode outside the region is refused beside the field, and the results stay.
    await postcode.fill('9999');
    await page.getByRole('button', { name: 'Zoek in de buurt' }).click();
    await expect.poll(() => postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(descriptions.join(' ')).toContain('Deze postcode kennen we niet');
    await screenshot(page, 'search-postcode-error');

    await postcode.fill('2011 AB');
    await page.getByRole('combobox', { name: 'Hoe ver mag het zijn?' }).selectOption({ label: 'Binnen 5 km' });
    await page.getByRole('button', { name: 'Zoek in de buurt' }).click();
    await page.waitForURL(/postcode=2011\+AB&km=5/);
    await settled(page);
    await expect.poll(() => postcode.getAttribute('aria-invalid')).toBeNull();
    await expect(page.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).resolves.toBe('afstand');

    const km = await distances(page);
    expect(km.length).toBeGreaterThan(5);
    expect(Math.max(...km)).toBeLessThanOrEqual(5);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await screenshot(page, 'search-postcode-radius');
  });

  test('a visitor opens a vacancy and the back button returns to the same search', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await searchBox(page).fill('monteur');
    await waitForResults(page, 'monteur');
    await page.getByRole('checkbox', { name: /^Vast contract/ }).check();
    await page.waitForURL(/contract=vast/);
    await settled(page, 'monteur');
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.locator('[data-testid="results"] .card').nth(20).waitFor();

    const searchUrl = page.url();
    const titles = await resultTitles(page);
    const opened = page.locator('[data-testid="results"] .card__link').nth(22);
    const openedId = await opened.getAttribute('data-result-id');
    await opened.click();
    await page.waitForURL(/\/vacatures\//);
    await page.getByRole('heading', { level: 1, name: titles[22] }).waitFor();

    await page.goBack();
    await settled(page, 'monteur');
    expect(page.url()).toBe(searchUrl);
    expect(await resultTitles(page)).toEqual(titles);
    await expect(searchBox(page).inputValue()).resolves.toBe('monteur');
    await expect(page.getByRole('checkbox', { name: /^Vast contract/ }).isChecked()).resolves.toBe(true);
    // Keyboard users continue where they were: on the result they opened.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-result-id'))).resolves.toBe(openedId);

    // The back link on the detail page does the same.
    await page.locator('[data-testid="results"] .card__link').first().click();
    await page.getByRole('link', { name: 'Terug naar je zoekresultaten' }).click();
    await settled(page, 'monteur');
    expect(page.url()).toBe(searchUrl);
  });

  test('a shared search link shows the same results in a new page', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await searchBox(page).fill('zorg');
    await waitForResults(page, 'zorg');
    await page.getByRole('checkbox', { name: /^Haarlem \(/ }).check();
    await page.getByRole('combobox', { name: 'Sorteren op' }).selectOption({ label: 'Nieuwste eerst' });
    await page.waitForURL(/sorteren=nieuwste/);
    await settled(page, 'zorg');
    const shared = page.url();
    const count = await resultCount(page);
    const titles = await resultTitles(page);

    const other = await e2e.newPage();
    await other.goto(shared);
    await waitForResults(other, 'zorg');
    expect(await resultCount(other)).toBe(count);
    expect(await resultTitles(other)).toEqual(titles);
    await expect(searchBox(other).inputValue()).resolves.toBe('zorg');
    await expect(other.getByRole('checkbox', { name: /^Haarlem \(/ }).isChecked()).resolves.toBe(true);
    await expect(other.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).resolves.toBe('nieuwste');
  });

  test('a visitor switches to courses and narrows them by funding', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken?q=zorg');
    await waitForResults(page, 'zorg');
    await page.getByRole('link', { name: 'Opleidingen' }).click();
    await page.waitForURL(/soort=opleidingen/);
    await page.locator('.kind-tabs__link[aria-current="page"]', { hasText: 'Opleidingen' }).waitFor();
    await waitForResults(page, 'zorg');

    const paid = await countInLabel(page, /^Werkgever betaalt/);
    await page.getByRole('checkbox', { name: /^Werkgever betaalt/ }).check();
    await page.waitForURL(/financiering=werkgever/);
    await expect.poll(() => resultCount(page)).toBe(`${paid} opleidingen gevonden voor "zorg"`);
    await screenshot(page, 'search-courses-funding');

    await page.locator('[data-testid="results"] .card__link').first().click();
    await page.waitForURL(/\/opleidingen\//);
    await page.getByRole('heading', { name: 'Zo kun je het betalen' }).waitFor();
    await page.getByTestId('funding').filter({ hasText: 'Werkgever betaalt' }).first().waitFor();
    // How to sign up, always: a website, an e-mail address or a phone number.
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await expect(page.getByTestId('sign-up').getByRole('link').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'course-detail');
  });
}
