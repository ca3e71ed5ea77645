import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import type { E2E } from '../testkit/e2e.ts';
import { searchBox, waitForResults } from '../testkit/search-page.ts';

/** What has keyboard focus, described the way the checks below need it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      role: el?.getAttribute('role') ?? '',
      text: (el as HTMLElement | null)?.innerText ?? '',
      result: el?.getAttribute('data-result-id') ?? null,
    };
  });

/** Presses Tab until `done` says so; fails after `max` presses, so a focus trap cannot hang the test. */
async function tabUntil(
  page: Page,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max: number,
): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return presses;
  }
  throw new Error(`Focus did not get there in ${max} presses of Tab; it is on ${JSON.stringify(await focused(page))}`);
}

export function keyboardSpecs(e2e: E2E) {
  test('a keyboard-only visitor tabs to the search box, types, reaches a result and opens it with Enter', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken');
    await waitForResults(page, '');

    // The first stop is the skip link, then the header, then the search field.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Naar de inhoud');
    await tabUntil(page, (f) => f.role === 'combobox', 12);
    await page.keyboard.type('lasser', { delay: 40 });
    await waitForResults(page, 'lasser');

    // Arrow keys walk the suggestions; Escape closes them and leaves the text as typed.
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(searchBox(page).getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await screenshot(page, 'keyboard-suggestions');
    await page.keyboard.press('Escape');
    await expect(searchBox(page).getAttribute('aria-expanded')).resolves.toBe('false');

    // Past the search button to the "skip to results" link, which jumps over the filters.
    await tabUntil(page, (f) => f.text === 'Naar de resultaten', 3);
    await page.keyboard.press('Enter');
    const presses = await tabUntil(page, (f) => f.result !== null, 3);
    const target = await focused(page);
    await screenshot(page, 'keyboard-result-focused');
    console.log(`\nKeyboard: ${presses} Tab press(es) from the results to the first result "${target.text}"\n`);

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vacatures\//);
    await page.getByRole('heading', { level: 1, name: target.text }).waitFor();
    // The new page's heading has focus, so a screen reader announces where the visitor is.
    const heading = await focused(page);
    expect(heading.tag).toBe('H1');
    expect(heading.text).toBe(target.text);
  });
}
