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

export function profileSpecs(e2e: E2E) {
  test('the jobseeker changes their profile step by step, downloads their data and sees career paths', async () => {
    const page = await e2e.newPage();
    await signInAs(page, 'jobseeker');

    // Career paths on Mijn Werkbrug: the occupation, why, and what each course opens.
    const paths = page.getByTestId('career-paths');
    await paths.locator(':scope > li').first().waitFor();
    await expect(paths.locator(':scope > li').first().innerText()).resolves.toMatch(/Je kunt al \d+% van wat nodig is/);
    await expect(paths.innerText()).resolves.toMatch(/opent \d+ vacatures? in de regio/);

    await page.getByRole('link', { name: 'Profiel aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    const alias = page.getByRole('textbox', { name: 'Je voornaam of een bijnaam' });
    await expect(alias.inputValue()).resolves.toBe('Sanne (demo)');
    await expect(page.getByRole('group', { name: 'Stap 5 van 5: Toestemming' }).isVisible()).resolves.toBe(true);

    // A skill by autocomplete.
    const skills = page.getByTestId('chosen-skills').locator(':scope > li');
    const before = await skills.count();
    await page.getByRole('searchbox', { name: 'Wat je kunt' }).fill('wondzorg');
    await page.getByTestId('prof-skills-options').getByRole('button').first().click();
    await expect.poll(() => skills.count()).toBe(before + 1);

    // A job typed the way people type it: too generic to decide, so "Bedoel je ...?" with buttons.
    const jobs = page.getByTestId('chosen-occupations').locator(':scope > li');
    const jobsBefore = await jobs.count();
    await page.getByRole('searchbox', { name: 'Beroepen die je hebt gedaan' }).fill('procesoperator');
    await page.getByRole('button', { name: 'Voeg „procesoperator” toe' }).click();
    const options = page.getByTestId('did-you-mean-occupations').getByRole('button');
    await options.first().waitFor();
    await expect(page.getByText('Bedoel je met „procesoperator” een van deze?').isVisible()).resolves.toBe(true);
    expect(await options.count()).toBeGreaterThanOrEqual(3);
    await options.first().click();
    await expect.poll(() => jobs.count()).toBe(jobsBefore + 1);

    // A certificate typed as a skill lands among the certificates.
    await page.getByRole('searchbox', { name: 'Wat je kunt' }).fill('heftruckcertificaat');
    await page.getByRole('button', { name: 'Voeg „heftruckcertificaat” toe' }).click();
    const forklift = page.getByRole('checkbox', { name: 'Heftruckcertificaat' });
    await expect.poll(() => forklift.isChecked()).toBe(true);

    // Hours the wrong way round: the shared schema's message beside the field.
    await page.getByRole('spinbutton', { name: 'Minste uren per week' }).fill('30');
    await page.getByRole('spinbutton', { name: 'Meeste uren per week' }).fill('20');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    const hoursMax = page.getByRole('spinbutton', { name: 'Meeste uren per week' });
    await expect.poll(() => hoursMax.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#prof-hours-max-error').innerText()).resolves.toBe(
      'Het hoogste aantal uren moet minstens zo hoog zijn als het laagste.',
    );
    await expectNoBlockingAxe(page);
    await screenshot(page, 'profile-errors');

    await hoursMax.fill('32');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByTestId('profile-saved').waitFor();
    await expect.poll(() => page.getByTestId('announcer').innerText()).toBe('Je profiel is opgeslagen.');

    // The saved profile comes back after a reload.
    await page.reload();
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Meeste uren per week' }).inputValue()).toBe('32');
    await expect(skills.count()).resolves.toBe(before + 1);
    await expect(page.getByRole('checkbox', { name: 'Heftruckcertificaat' }).isChecked()).resolves.toBe(true);

    // Everything held about me, as a JSON file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('werkbrug-mijn-gegevens.json');
    await expectNoBlockingAxe(page);
    await screenshot(page, 'profile');
  }, 60_000);
}
