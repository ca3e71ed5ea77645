import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import type { E2E } from '../testkit/e2e.ts';
import { waitForResults } from '../testkit/search-page.ts';

export function languageSpecs(e2e: E2E) {
  test('the English switch changes the texts and the page language, and is remembered', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken?q=zorg');
    await waitForResults(page, 'zorg');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Zoek werk of een opleiding');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Find work or a course');
    await expect(page.getByTestId('result-count').innerText()).resolves.toMatch(/^\d[\d,]* jobs found for "zorg"$/);
    await expect(page.getByRole('link', { name: 'Jobs', exact: true }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expect(page.getByRole('group', { name: 'Type of contract' }).isVisible()).resolves.toBe(true);
    // Sector names come in English too; vacancy titles stay Dutch and say so.
    await expect(page.getByRole('checkbox', { name: /^Health and social care/ }).count()).resolves.toBe(1);
    await expect(page.locator('.card__link').first().getAttribute('lang')).resolves.toBe('nl');
    await screenshot(page, 'search-english');

    await page.reload();
    await waitForResults(page, 'zorg');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Find work or a course');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await expect(page.getByRole('link', { name: 'Toegankelijkheid' }).isVisible()).resolves.toBe(true);
  });
}
