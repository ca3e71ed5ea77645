import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import type { E2E } from '../testkit/e2e.ts';

export const demoJobseeker = { email: 'werkzoekende@demo.werkbrug.nl', password: 'werkbrug-demo' };

export function signInSpecs(e2e: E2E) {
  test('sign-in problems are shown beside each field and in a summary', async () => {
    const page = await e2e.newPage();
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const summary = page.getByRole('alert');
    await expect(summary.innerText()).resolves.toContain('Er is een probleem');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    const email = page.getByRole('textbox', { name: 'E-mailadres' });
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = (await email.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${errorId}"]`).innerText()).resolves.toBe('Vul je e-mailadres in.');
    await screenshot(page, 'sign-in-errors');

    // The summary links to the field.
    await summary.getByRole('link', { name: 'Vul je e-mailadres in.' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inloggen-email');

    // The API's answer to a wrong password is shown as it comes.
    await email.fill(demoJobseeker.email);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => summary.innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
  });

  test('the demo jobseeker signs in, sees their name in the header and signs out', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }).click();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(demoJobseeker.email);
    await page.getByLabel('Wachtwoord').fill(demoJobseeker.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.waitForURL(/\/mijn$/);
    const who = page.getByTestId('signed-in-as');
    await expect.poll(() => who.innerText()).toMatch(/^Ingelogd als Sanne/);
    await page.getByRole('heading', { level: 1, name: 'Mijn Werkbrug' }).waitFor();
    await page.getByText('Dit is advies. Een mens beslist.').first().waitFor();
    await screenshot(page, 'signed-in-jobseeker');

    // The session survives a reload: it is an HttpOnly cookie, not page state.
    await page.reload();
    await expect.poll(() => who.innerText()).toMatch(/^Ingelogd als Sanne/);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/zoeken$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }).waitFor();
    await expect(who.count()).resolves.toBe(0);
  });
}
