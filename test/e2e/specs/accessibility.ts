import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe, type AxeViolation } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';
import { searchBox, waitForResults } from '../testkit/search-page.ts';
import { demoJobseeker } from './sign-in.ts';

interface Visit {
  name: string;
  /** Brings the page into the state to check. */
  open: (page: Page) => Promise<void>;
  mobile?: boolean;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).waitFor();

async function signIn(page: Page): Promise<void> {
  await page.goto('/inloggen');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(demoJobseeker.email);
  await page.getByLabel('Wachtwoord').fill(demoJobseeker.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/mijn$/);
  await page.getByTestId('signed-in-as').waitFor();
}

/** Every page and the states that add something to it (errors, suggestions, filters on a phone). */
const visits: Visit[] = [
  {
    name: 'search-vacancies',
    open: async (p) => {
      await p.goto('/zoeken');
      await waitForResults(p, '');
    },
  },
  {
    name: 'search-vacancies-filtered',
    open: async (p) => {
      await p.goto('/zoeken?q=zorg&sector=healthcare&niveau=3&postcode=2011&km=10&paginas=2');
      await waitForResults(p, 'zorg');
    },
  },
  {
    name: 'search-suggestions-open',
    open: async (p) => {
      await p.goto('/zoeken');
      await searchBox(p).pressSequentially('verpl', { delay: 50 });
      await p.getByRole('listbox').getByRole('option').first().waitFor();
    },
  },
  {
    name: 'search-courses',
    open: async (p) => {
      await p.goto('/zoeken?soort=opleidingen&financiering=werkgever');
      await waitForResults(p, '');
    },
  },
  {
    name: 'search-mobile-filters-open',
    mobile: true,
    open: async (p) => {
      await p.goto('/zoeken?q=monteur');
      await waitForResults(p, 'monteur');
      await p.getByRole('button', { name: 'Filters tonen' }).click();
    },
  },
  {
    name: 'vacancy-detail',
    open: async (p) => {
      await p.goto('/zoeken?q=verpleegkundige');
      await waitForResults(p, 'verpleegkundige');
      await p.locator('.card__link').first().click();
      await p.getByRole('heading', { name: 'Wat je moet kunnen' }).waitFor();
    },
  },
  {
    name: 'vacancy-not-found',
    open: async (p) => {
      await p.goto('/vacatures/vac_bestaat-niet');
      await heading(p);
    },
  },
  {
    name: 'course-detail',
    open: async (p) => {
      await p.goto('/zoeken?soort=opleidingen&q=zorg');
      await waitForResults(p, 'zorg');
      await p.locator('.card__link').first().click();
      await p.getByRole('heading', { name: 'Wat je leert' }).waitFor();
    },
  },
  {
    name: 'sign-in',
    open: async (p) => {
      await p.goto('/inloggen');
      await heading(p);
    },
  },
  {
    name: 'sign-in-errors',
    open: async (p) => {
      await p.goto('/inloggen');
      await p.getByRole('button', { name: 'Inloggen' }).click();
      await p.getByRole('alert').waitFor();
    },
  },
  { name: 'jobseeker-home', open: signIn },
  {
    name: 'adviser-home-as-jobseeker',
    open: async (p) => {
      await signIn(p);
      await p.goto('/adviseur');
      await p.getByText(/Deze pagina is voor een werkadviseur/).waitFor();
    },
  },
  {
    name: 'employer-home-signed-out',
    open: async (p) => {
      await p.goto('/werkgever');
      await p.getByRole('link', { name: 'Inloggen' }).last().waitFor();
    },
  },
  {
    name: 'accessibility-statement',
    open: async (p) => {
      await p.goto('/toegankelijkheid');
      await heading(p);
    },
  },
  {
    name: 'not-found',
    open: async (p) => {
      await p.goto('/bestaat-niet');
      await heading(p);
    },
  },
  {
    name: 'search-english',
    open: async (p) => {
      await p.goto('/zoeken?q=zorg');
      await waitForResults(p, 'zorg');
      await p.getByRole('button', { name: 'English' }).click();
      await p.getByRole('heading', { name: 'Find work or a course' }).waitFor();
    },
  },
];

export function accessibilitySpecs(e2e: E2E) {
  const found: { name: string; violations: AxeViolation[] }[] = [];

  for (const visit of visits) {
    test(`${visit.name} has no serious or critical axe violations`, async () => {
      const page = await e2e.newPage(
        visit.mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
      );
      await visit.open(page);
      const violations = await runAxe(page);
      found.push({ name: visit.name, violations });
      await screenshot(page, `axe-${visit.name}`);
      expect(violations.filter(isBlocking), describeViolations(violations)).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(
      `\naxe-core (WCAG 2.1 A/AA + best practices) on ${found.length} pages and states:\n` +
        found
          .map(
            ({ name, violations }) =>
              `  ${name.padEnd(28)} ${violations.length ? `${violations.length} violation(s)\n${describeViolations(violations)}` : 'no violations'}`,
          )
          .join('\n') +
        '\n',
    );
  });
}
