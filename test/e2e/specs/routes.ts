import { expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';
import { searchBox, waitForResults } from '../testkit/search-page.ts';

interface Posting {
  '@type': string;
  title: string;
  description: string;
  datePosted: string;
  validThrough: string;
  hiringOrganization: { name: string };
  jobLocation: { address: { postalCode: string; addressLocality: string; addressCountry: string } };
  employmentType: string[];
  applicationContact?: { email?: string; telephone?: string; url?: string };
}

export function routesSpecs(e2e: E2E) {
  test('a vacancy page says how to apply, shows the salary and carries JobPosting JSON-LD', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken?q=verzorgende');
    await searchBox(page).waitFor();
    await waitForResults(page, 'verzorgende');
    await page.locator('[data-testid="results"] .card__link').first().click();
    await page.waitForURL(/\/vacatures\//);
    await page.getByRole('heading', { name: 'Solliciteren' }).waitFor();
    const apply = page.getByTestId('apply');
    await expect(apply.getByRole('link').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.facts__list').getByText('Salaris').isVisible()).resolves.toBe(true);

    const json = await page.getByTestId('job-posting').textContent();
    const posting = JSON.parse(json ?? '{}') as Posting;
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    expect(posting['@type']).toBe('JobPosting');
    expect(posting.title).toBe(title);
    expect(posting.description.length).toBeGreaterThan(20);
    expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(posting.validThrough >= posting.datePosted).toBe(true);
    expect(posting.hiringOrganization.name.length).toBeGreaterThan(1);
    expect(posting.jobLocation.address).toMatchObject({ addressCountry: 'NL' });
    expect(posting.jobLocation.address.postalCode).toMatch(/^\d{4}/);
    expect(posting.employmentType.length).toBeGreaterThan(0);
    const contact = posting.applicationContact ?? {};
    expect(contact.email ?? contact.telephone ?? contact.url).toBeTruthy();

    const violations = (await runAxe(page)).filter(isBlocking);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'vacancy-apply');
  });

  test('a course page says what you need to start, who may pay and how to sign up', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken?soort=opleidingen&q=verzorgende');
    await waitForResults(page, 'verzorgende');
    await page.locator('[data-testid="results"] .card__link').first().click();
    await page.waitForURL(/\/opleidingen\//);
    await page.getByRole('heading', { name: 'Wat je nodig hebt om te beginnen' }).waitFor();
    await page.getByRole('heading', { name: 'Zo kun je het betalen' }).waitFor();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await expect(page.getByTestId('sign-up').getByRole('link').count()).resolves.toBeGreaterThan(0);
    const violations = (await runAxe(page)).filter(isBlocking);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'course-sign-up');
  });
}
