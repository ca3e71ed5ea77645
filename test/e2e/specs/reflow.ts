import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { screenshot } from '../testkit/artifacts.ts';
import type { E2E } from '../testkit/e2e.ts';
import { findIds, walk, type Ids } from '../testkit/route-walk.ts';

/**
 * 1280 px at 400 % zoom, as a desktop browser lays it out (not a phone, whose browser would widen its
 * layout viewport to fit the page and hide the problem): WCAG 1.4.10 asks that nothing then needs
 * scrolling sideways.
 */
const narrow = { viewport: { width: 320, height: 640 } };

/** How far the page is wider than the window, and the widest elements that stick out past its edge. */
async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const extra = (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`);
    return { extra, culprits };
  });
}

export function reflowSpecs(e2e: E2E) {
  let ids: Ids;
  beforeAll(async () => {
    ids = await findIds(e2e);
  });

  for (const english of [false, true]) {
    test(`no page scrolls sideways at 320 px, in ${english ? 'English' : 'Dutch'}, signed out or as any role`, async () => {
      const problems: string[] = [];
      let pages = 0;
      await walk(
        e2e,
        ids,
        async (page, stop, url) => {
          pages++;
          // Folded parts are part of the page too (score breakdowns, "more about you").
          await page.evaluate(() => {
            for (const details of document.querySelectorAll('details')) details.open = true;
          });
          const { extra, culprits } = await overflow(page);
          if (extra > 0) {
            problems.push(`${stop.who} ${url}: ${extra} px too wide (${culprits.join(', ')})`);
            await screenshot(page, `reflow-${stop.who}-${url.replace(/\W+/g, '-')}`);
          }
        },
        { english, options: narrow },
      );
      console.log(`\nReflow at 320 px (${english ? 'en' : 'nl'}): ${pages} pages, ${problems.length} too wide\n`);
      expect(problems.join('\n')).toBe('');
    }, 180_000);
  }
}
