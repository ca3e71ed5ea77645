import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots go to test-artifacts/e2e/ (gitignored), to look at after a run. */
const dir = fileURLToPath(new URL('../../../test-artifacts/e2e/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
