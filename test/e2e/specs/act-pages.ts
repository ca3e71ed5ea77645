import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAs } from '../testkit/accounts.ts';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';

type Lang = 'nl' | 'en';
interface State {
  name: string;
  open: (page: Page) => Promise<void>;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).waitFor();
/** Opens a page and waits for its heading. */
const visit = (path: string) => async (page: Page) => {
  await page.goto(path);
  await h1(page);
};
const fakeToken = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** The pages and states issue 13 (part A) added, per role; each is checked in both languages and widths. */
const visitor: State[] = [
  { name: 'register', open: visit('/account/registreren') },
  {
    name: 'register-errors',
    open: async (p) => {
      await p.goto('/account/registreren');
      await p.locator('form button[type="submit"]').click();
      await p.getByRole('alert').waitFor();
    },
  },
  { name: 'forgot', open: visit('/account/wachtwoord-vergeten') },
  { name: 'new-password', open: visit(`/account/nieuw-wachtwoord?token=${fakeToken}`) },
  { name: 'invitation', open: visit(`/account/uitnodiging?token=${fakeToken}`) },
  {
    name: 'confirm-broken-link',
    open: async (p) => {
      await p.goto(`/account/bevestigen?token=${fakeToken}`);
      await p.getByRole('alert').waitFor();
    },
  },
  { name: 'unsubscribe', open: visit(`/meldingen/afmelden?token=${fakeToken}`) },
];

const jobseeker: State[] = [
  {
    name: 'mine-filters-answers',
    open: async (p) => {
      await p.goto('/mijn');
      await p.getByTestId('matches').waitFor();
    },
  },
  { name: 'alerts', open: visit('/mijn/meldingen') },
  {
    name: 'my-data',
    open: async (p) => {
      await p.goto('/mijn/gegevens');
      await p.locator('dl').first().waitFor();
    },
  },
];

const adviser: State[] = [
  {
    name: 'caseload-search',
    open: async (p) => {
      await p.goto('/adviseur?zoek=a&sorteren=LAST_ACTIVITY');
      await p.getByTestId('caseload').waitFor();
    },
  },
  {
    name: 'person-details-courses',
    open: async (p) => {
      await p.goto('/adviseur/personen/prf_demo-00004');
      await p.getByTestId('person-details').waitFor();
      await p.locator('#person-courses ~ button, section[aria-labelledby="person-courses"] button').first().click();
      await p
        .getByTestId('course-results')
        .or(p.locator('section[aria-labelledby="person-courses"] p'))
        .first()
        .waitFor();
    },
  },
];

const employer: State[] = [
  {
    name: 'edit-vacancy',
    open: async (p) => {
      await p.goto('/werkgever');
      await p.locator('a[href$="/bewerken"]').first().click();
      await p.locator('form.vacancy-form').waitFor();
    },
  },
];

export function actPagesSpecs(e2e: E2E) {
  const roles: [string, State[], ((page: Page) => Promise<void>) | null][] = [
    ['visitor', visitor, null],
    ['jobseeker', jobseeker, (p) => signInAs(p, 'jobseeker')],
    ['adviser', adviser, (p) => signInAs(p, 'adviser')],
    ['employer', employer, (p) => signInAs(p, 'employer')],
  ];
  for (const lang of ['nl', 'en'] as Lang[]) {
    for (const width of [1280, 390]) {
      for (const [role, states, signIn] of roles) {
        test(`axe finds nothing serious on the new ${role} pages (${lang}, ${width} px)`, async () => {
          const page = await e2e.newPage({ viewport: { width, height: 900 } });
          if (signIn) await signIn(page);
          else await page.goto('/');
          await page.evaluate((l) => localStorage.setItem('werkbrug.lang', l), lang);
          const failures: string[] = [];
          for (const state of states) {
            await state.open(page);
            await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
            const violations = (await runAxe(page)).filter(isBlocking);
            if (violations.length) failures.push(`${state.name}:\n${describeViolations(violations)}`);
            await screenshot(page, `act-${state.name}-${lang}-${width}`);
          }
          expect(failures, failures.join('\n')).toEqual([]);
        }, 90_000);
      }
    }
  }
}
