import type { Locator, Page } from 'playwright-core';

/** The search field of the vacancy or course search (an ARIA combobox). */
export const searchBox = (page: Page): Locator =>
  page.getByRole('combobox', { name: /^Zoek een (vacature|opleiding)$/ });

/** The result list once it shows the answer for `query` (the list says which text its results are for). */
export const resultsFor = (page: Page, query: string): Locator =>
  page.locator(`[data-testid="results"][data-query="${query.replaceAll('"', '\\"')}"][aria-busy="false"]`);

export async function waitForResults(page: Page, query: string): Promise<void> {
  await resultsFor(page, query).locator('.card').first().waitFor();
}

export const resultTitles = (page: Page): Promise<string[]> =>
  page.locator('[data-testid="results"] .card__title').allInnerTexts();

export const resultCount = (page: Page): Promise<string> => page.getByTestId('result-count').innerText();
