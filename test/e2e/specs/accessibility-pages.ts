import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import { describeViolations, isBlocking, runAxe, type AxeViolation } from '../testkit/axe.ts';
import type { E2E } from '../testkit/e2e.ts';

type Lang = 'nl' | 'en';

/** The pages and states issue 13 adds (start page and quick check, privacy, contact, the statement). */
const states: { name: string; open: (page: Page, lang: Lang) => Promise<void> }[] = [
  {
    name: 'start',
    open: async (p) => {
      await p.goto('/');
      await p.locator('form.quick-check').waitFor();
      await p.waitForLoadState('networkidle');
    },
  },
  {
    name: 'start-errors',
    open: async (p) => {
      await p.goto('/');
      await p.locator('form.quick-check button[type="submit"]').click();
      await p.locator('.error-summary').waitFor();
    },
  },
  {
    name: 'start-advice',
    open: async (p, lang) => {
      await p.goto('/');
      await p.locator('#check-job').fill('stewardess');
      await p.locator('#check-postcode').fill('2011');
      await p.locator('#check-hours-24to32').check();
      await p.locator('#check-wish').selectOption('healthcare');
      await p.locator('form.quick-check button[type="submit"]').click();
      await p.getByTestId('quick-wish-matches').waitFor();
      await p.getByTestId('quick-paths').waitFor();
      await p.getByRole('heading', { name: lang === 'en' ? 'Keep your advice' : 'Bewaar je advies' }).waitFor();
    },
  },
  {
    name: 'start-did-you-mean',
    open: async (p) => {
      await p.goto('/');
      await p.locator('#check-job').fill('schoonmaak');
      await p.locator('#check-postcode').fill('2011');
      await p.locator('#check-hours-any').check();
      await p.locator('details.quick-check__more > summary').click();
      await p.locator('form.quick-check button[type="submit"]').click();
      await p.locator('.suggestion-buttons button').first().waitFor();
    },
  },
  ...['privacy', 'contact', 'toegankelijkheid'].map((page) => ({
    name: page,
    open: async (p: Page) => {
      await p.goto(`/${page}`);
      await p.getByRole('heading', { level: 1 }).waitFor();
    },
  })),
];

const sizes: Record<string, BrowserContextOptions> = {
  '1280': { viewport: { width: 1280, height: 900 } },
  '390': { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

export function accessibilityPageSpecs(e2e: E2E) {
  const found: { name: string; violations: AxeViolation[] }[] = [];

  for (const state of states) {
    test(`${state.name} has no serious or critical axe violations in Dutch and English, at 1280 and 390 px`, async () => {
      const problems: string[] = [];
      for (const lang of ['nl', 'en'] as const) {
        for (const [size, options] of Object.entries(sizes)) {
          const page = await e2e.newPage(options);
          if (lang === 'en') await page.addInitScript(() => localStorage.setItem('werkbrug.lang', 'en'));
          await state.open(page, lang);
          const violations = await runAxe(page);
          const name = `${state.name}-${lang}-${size}`;
          found.push({ name, violations });
          await screenshot(page, `axe-${name}`);
          const blocking = violations.filter(isBlocking);
          if (blocking.length) problems.push(`${name}:\n${describeViolations(blocking)}`);
          await page.context().close();
        }
      }
      expect(problems.join('\n')).toBe('');
    }, 90_000);
  }

  afterAll(() => {
    const clean = found.filter((f) => f.violations.length === 0).length;
    console.log(
      `\naxe-core on ${found.length} new page states (issue 13), ${clean} without any violation:\n` +
        found
          .filter((f) => f.violations.length)
          .map((f) => `  ${f.name}\n${describeViolations(f.violations)}`)
          .join('\n') +
        '\n',
    );
  });
}
