import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Focused {
  tag: string;
  id: string;
  text: string;
}

/** What has keyboard focus now. */
export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', text: (el?.innerText ?? '').trim() };
  });

/**
 * Waits until focus has settled somewhere in the page (not on <body>: where focus goes when the
 * focused element is removed and nobody moves it) and returns where.
 */
export async function focusSettled(page: Page): Promise<Focused> {
  await expect.poll(async () => (await focused(page)).tag, { timeout: 5000 }).not.toMatch(/^(BODY|)$/);
  // One more frame: the page may still be moving focus to its final place.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return focused(page);
}
