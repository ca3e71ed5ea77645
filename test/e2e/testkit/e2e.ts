import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startService, type RunningService } from './service.ts';

export interface E2E {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A page in a fresh context (own cookies and storage), closed after the test. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/**
 * One service and one browser for all specs of a run: the service seeds 2,400 vacancies on start,
 * which is worth doing once. Each test gets clean pages; errors thrown in a page or logged to its
 * console fail the test that caused them.
 */
export function useE2E(): E2E {
  let service: RunningService | undefined;
  let browser: Browser | undefined;
  const open: { page: Page; errors: string[] }[] = [];

  beforeAll(async () => {
    // E2E_BASE_URL points the specs at a service already running (while working on one spec); the
    // full run always starts its own, on fresh demo data.
    const running = process.env.E2E_BASE_URL;
    service = running ? { baseUrl: running, stop: async () => {} } : await startService();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    const errors = open.flatMap((o) => o.errors);
    await Promise.all(open.splice(0).map((o) => o.page.context().close()));
    expect(errors, 'errors in the browser console').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const context: E2E = {
    get baseUrl() {
      if (!service) throw new Error('The service is not running');
      return service.baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running');
      return browser;
    },
    async newPage(options = {}) {
      const browserContext = await context.browser.newContext({
        baseURL: context.baseUrl,
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      const page = await browserContext.newPage();
      const entry = { page, errors: [] as string[] };
      page.on('pageerror', (error) => entry.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') entry.errors.push(`console: ${message.text()}`);
      });
      open.push(entry);
      return page;
    },
  };
  return context;
}
