import { expect, test } from 'vitest';
import { linkIn, openMail } from '../testkit/api.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';

async function expectNoBlockingAxe(page: import('playwright-core').Page): Promise<void> {
  const violations = (await runAxe(page)).filter(isBlocking);
  expect(violations, describeViolations(violations)).toEqual([]);
}

export function accountSpecs(e2e: E2E) {
  test('a visitor makes an account, confirms it with the link from the mail, and is signed in', async () => {
    const page = await e2e.newPage();
    const email = `noor.${Date.now()}@voorbeeld.nl`;
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Maak een account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account maken' }).waitFor();

    // Mistakes the browser can see are all shown on the first submit, with the shared rules.
    await page.getByRole('button', { name: 'Account maken' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Vul een geldig e-mailadres in', { exact: false }).waitFor();
    await expect(summary.getByText('Kies een wachtwoord van minstens 10 tekens.').isVisible()).resolves.toBe(true);
    await expectNoBlockingAxe(page);

    await page.getByRole('textbox', { name: 'Je voornaam of een bijnaam' }).fill('Noor');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await page.getByLabel('Kies een wachtwoord').fill('een zin die ik onthoud');
    await page.getByLabel('Typ het wachtwoord nog een keer').fill('een zin die ik onthoud');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await expect(page.getByTestId('register-done').innerText()).resolves.toContain(email);
    await expectNoBlockingAxe(page);
    await screenshot(page, 'account-register-done');

    // Signing in before confirming says why, and offers the mail again.
    await page.goto('/inloggen');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await page.getByLabel('Wachtwoord').fill('een zin die ik onthoud');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Stuur de mail opnieuw' }).waitFor();

    // The mail, read from the SMTP server inside the service, carries the link.
    const mailPage = await e2e.newPage();
    const text = await openMail(mailPage, email, /Bevestig je e-mailadres/);
    expect(text).toContain('Hallo Noor');
    const link = linkIn(text, '/account/bevestigen');
    await mailPage.getByRole('link', { name: link }).first().click();
    await mailPage.getByTestId('confirmed').waitFor();
    await expectNoBlockingAxe(mailPage);
    await mailPage.getByRole('link', { name: 'Ga naar Mijn Werkbrug' }).click();
    await mailPage.getByRole('heading', { level: 1, name: 'Mijn Werkbrug' }).waitFor();
    await expect(mailPage.getByTestId('signed-in-as').innerText()).resolves.toContain('Noor');

    // The same link a second time is refused in plain words.
    await mailPage.goto(link);
    await mailPage.getByText('Deze link werkt niet meer').first().waitFor();
  }, 60_000);

  test('a forgotten password is replaced through the link in the mail', async () => {
    const page = await e2e.newPage();
    const email = 'werkzoekende2@demo.werkbrug.nl';
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    // The sign-in page has an e-mail field too: wait until the route (loaded on demand) has replaced it.
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByTestId('reset-sent').waitFor();
    const link = linkIn(await openMail(page, email, /nieuw wachtwoord/), '/account/nieuw-wachtwoord');
    await page.goto(link);
    await page.getByLabel('Kies een wachtwoord').fill('werkbrug-demo');
    await page.getByLabel('Typ het wachtwoord nog een keer').fill('werkbrug-demo');
    await expectNoBlockingAxe(page);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL(/\/mijn$/);
    await page.getByTestId('signed-in-as').waitFor();
  }, 60_000);
}
