import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import { describeFindings, findDutch } from '../testkit/dutch-text.ts';
import type { E2E } from '../testkit/e2e.ts';
import { focusSettled } from '../testkit/focus.ts';

async function expectNoBlockingAxe(page: Page): Promise<void> {
  const violations = (await runAxe(page)).filter(isBlocking);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const advice = (page: Page) => page.getByTestId('quick-advice');

/** Fills the three questions (and the wish, when given) and asks for the advice. */
async function answer(page: Page, job: string, wish?: string): Promise<void> {
  await page.getByRole('textbox', { name: '1. Wat was je laatste baan?' }).fill(job);
  await page.getByRole('textbox', { name: '2. Wat is je postcode?' }).fill('2011 AB');
  await page.getByRole('radio', { name: '24 tot 32 uur' }).check();
  if (wish) await page.getByRole('combobox', { name: /^Waar wil je graag naartoe/ }).selectOption({ label: wish });
  await page.getByRole('button', { name: 'Laat zien wat past' }).click();
}

export function startSpecs(e2e: E2E) {
  test('a visitor without an account does the quick check and sees matches, bridges and career paths', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Vind werk dat bij je past' }).waitFor();
    // What Werkbrug does, in three lines; no unsorted "best match" list without a profile.
    await expect(page.locator('.start-lines > li').count()).resolves.toBe(3);
    await expect(
      page
        .getByText(/na een opleiding/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Past het best').count()).resolves.toBe(0);
    await expect(page.getByTestId('results').count()).resolves.toBe(0);
    await expectNoBlockingAxe(page);

    // Nothing filled in: every problem at once, in a summary that takes focus and links to its field.
    await page.getByRole('button', { name: 'Laat zien wat past' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Vul je laatste baan in. Bijvoorbeeld: kok.',
      'Vul je postcode in. Bijvoorbeeld 2011 AB.',
      'Kies hoeveel uur per week je wilt werken.',
    ]);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    await expectNoBlockingAxe(page);
    await screenshot(page, 'start-errors');
    // A postcode outside the region is caught before anything is asked of the API.
    await page.getByRole('textbox', { name: '2. Wat is je postcode?' }).fill('9999');
    await page.getByRole('button', { name: 'Laat zien wat past' }).click();
    await summary.getByText(/Deze postcode kennen we niet/).waitFor();

    await answer(page, 'stewardess', 'Zorg & welzijn (groeiende sector)');
    await advice(page).getByTestId('quick-matches').waitFor();
    // The answer takes focus, so a screen reader reads it next.
    expect(await focusSettled(page)).toMatchObject({ tag: 'H2', text: 'Wat past bij jou' });
    await expect(advice(page).getByTestId('reading').innerText()).resolves.toContain('"stewardess"');
    const matches = advice(page).getByTestId('quick-matches').locator(':scope > li');
    await expect(matches.count()).resolves.toBeGreaterThan(0);
    await expect(matches.first().getByTestId('match-score').innerText()).resolves.toMatch(/\d+ van 100/);
    await expect(advice(page).getByText('Dit is advies. Een mens beslist.').first().isVisible()).resolves.toBe(true);
    // The wished sector has its own answer; somewhere a course makes a vacancy fit ("past na een opleiding").
    await advice(page).getByRole('heading', { name: 'Wat past in Zorg & welzijn' }).waitFor();
    await advice(page).getByTestId('quick-wish-matches').waitFor();
    await expect(advice(page).getByTestId('bridge').count()).resolves.toBeGreaterThan(0);
    await expect(advice(page).getByTestId('quick-paths').locator(':scope > li').count()).resolves.toBeGreaterThan(0);
    // "Save this" invites to make an account.
    await expect(advice(page).getByRole('link', { name: 'Maak een account' }).getAttribute('href')).resolves.toBe(
      '/registreren?van=snelle-check',
    );
    await expectNoBlockingAxe(page);
    await screenshot(page, 'start-advice');

    // Back from a vacancy, the answers and the advice are still there (kept in this tab only).
    await matches.first().locator('.match__title a').click();
    await page.waitForURL(/\/vacatures\//);
    await page.goBack();
    await advice(page).getByTestId('quick-matches').waitFor();
    await expect(page.getByRole('textbox', { name: '1. Wat was je laatste baan?' }).inputValue()).resolves.toBe(
      'stewardess',
    );
  }, 60_000);

  test('"Bedoel je…?" offers occupations for a vague job, and a job it does not understand can be typed again', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await answer(page, 'schoonmaak');
    const reading = advice(page).getByTestId('reading');
    await reading.getByText('We weten niet precies wat je bedoelt met "schoonmaak". Bedoel je…?').waitFor();
    const suggestion = reading.getByRole('listitem').first().getByRole('button');
    const label = await suggestion.innerText();
    await expectNoBlockingAxe(page);
    await screenshot(page, 'start-did-you-mean');

    // The chosen occupation replaces what was typed; the button is gone and focus is on the new answer.
    await suggestion.click();
    await expect.poll(() => reading.innerText()).toContain(`Je koos het beroep: ${label}`);
    expect(await focusSettled(page)).toMatchObject({ tag: 'H2', text: 'Wat past bij jou' });
    await expect(page.getByRole('textbox', { name: '1. Wat was je laatste baan?' }).inputValue()).resolves.toBe(label);

    await page.getByRole('textbox', { name: '1. Wat was je laatste baan?' }).fill('qqxxzz');
    await page.getByRole('button', { name: 'Laat zien wat past' }).click();
    await reading.getByText(/We begrijpen "qqxxzz" niet/).waitFor();
    await reading.getByRole('button', { name: 'Typ je baan opnieuw' }).click();
    expect(await focusSettled(page)).toMatchObject({ tag: 'INPUT', id: 'check-job' });
  }, 60_000);

  test('the quick check and its advice are all English in English mode, and fit a 320 px screen', async () => {
    const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
    await page.addInitScript(() => localStorage.setItem('werkbrug.lang', 'en'));
    await page.goto('/');
    await page.getByRole('button', { name: 'Show what suits me' }).click();
    await page.locator('.error-summary').waitFor();
    const errors = await findDutch(page);
    expect(describeFindings('/ (errors)', errors)).toBe('');

    await page.getByRole('textbox', { name: '1. What was your last job?' }).fill('schoonmaak');
    await page.getByRole('textbox', { name: '2. What is your postcode?' }).fill('2011');
    await page.getByRole('radio', { name: 'I do not mind' }).check();
    await page.locator('details.quick-check__more > summary').click();
    await page.getByRole('radio', { name: 'By bike' }).check();
    await page.getByRole('button', { name: 'Show what suits me' }).click();
    await advice(page)
      .getByTestId('reading')
      .getByText(/Did you mean/)
      .waitFor();
    await advice(page).getByTestId('quick-paths').waitFor();
    const findings = (await findDutch(page)).filter((f) => !f.awaiting);
    expect(describeFindings('/ (advice)', findings)).toBe('');
    await expect(page.evaluate(() => document.scrollingElement?.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'start-advice-english-320');
  }, 60_000);
}
