import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a message, except
 * where REQUIRE_BROWSER=1 (CI) says they must run: then a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `${chromiumPath} is missing: install it with \`apt-get install -y chromium\`.`;
  if (process.env.REQUIRE_BROWSER === '1')
    throw new Error(`Browser tests required (REQUIRE_BROWSER=1), but ${message}`);
  console.warn(`\n[e2e] Skipping the browser tests: ${message}\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
