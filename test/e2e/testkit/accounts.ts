import type { Page } from 'playwright-core';

/** The demo accounts the service seeds; they share one password. */
export const demo = {
  jobseeker: { email: 'werkzoekende@demo.werkbrug.nl', home: /\/mijn$/ },
  adviser: { email: 'adviseur@demo.werkbrug.nl', home: /\/adviseur$/ },
  employer: { email: 'werkgever@demo.werkbrug.nl', home: /\/werkgever$/ },
} as const;

export const demoPassword = 'werkbrug-demo';

/** Signs in through the form, as a person would, and waits for the role's home page. */
export async function signInAs(page: Page, who: keyof typeof demo): Promise<void> {
  const account = demo[who];
  await page.goto('/inloggen');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(account.email);
  await page.getByLabel('Wachtwoord').fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(account.home);
  await page.getByTestId('signed-in-as').waitFor();
}
