/**
 * The start page on a phone on a slow mobile connection, measured in Chromium: bytes over the wire
 * (compressed, everything the page fetches until it is quiet, API answers included) and the largest
 * contentful paint, over several cold loads. Prints figures; it is not a test.
 *   npx tsx scripts/bench/start-page.ts            (starts the built demo service, as the browser tests do)
 *   BASE_URL=http://localhost:4000 npx tsx scripts/bench/start-page.ts   (measures a running service)
 * RUNS (default 5) cold loads; CPU=4 also slows the processor four times, as Lighthouse does for phones.
 * Build first: the web app (`pnpm --filter @werkbrug/web build`) and the service (`node build.mjs`).
 */
import { chromium, type Page } from 'playwright-core';
import { startService } from '../../test/e2e/testkit/service.ts';
import { percentile } from './stats.ts';

/**
 * Slow 4G as Lighthouse throttles it in DevTools mode (its `mobileSlow4G` with the DevTools factors):
 * 150 ms round trips × 3.75 request latency, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up.
 */
const slow4g = { latency: 150 * 3.75, downloadKbps: 1638.4 * 0.9, uploadKbps: 750 * 0.9 };
const budget = { bytes: 200 * 1024, lcpMs: 2500 };
const runs = Number(process.env.RUNS ?? 5);
const cpuSlowdown = Number(process.env.CPU ?? 1);

interface Load {
  bytes: number;
  byType: Record<string, number>;
  requests: number;
  fcpMs: number;
  lcpMs: number;
  lcpElement: string;
}

async function measureOnce(page: Page, url: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slow4g.latency,
    downloadThroughput: (slow4g.downloadKbps * 1024) / 8,
    uploadThroughput: (slow4g.uploadKbps * 1024) / 8,
  });
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
    bytes += e.encodedDataLength;
    requests++;
  });

  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: { time: number; element: string }; __fcp: number };
    w.__lcp = { time: 0, element: '' };
    w.__fcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        const el = entry.element;
        w.__lcp = {
          time: entry.startTime,
          element: el ? `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"` : '',
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('first-contentful-paint')) w.__fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('form.quick-check').waitFor();
  await page.waitForLoadState('networkidle');
  const paints = await page.evaluate(() => {
    const w = window as unknown as { __lcp: { time: number; element: string }; __fcp: number };
    return { lcp: w.__lcp, fcp: w.__fcp };
  });
  return { bytes, byType, requests, fcpMs: paints.fcp, lcpMs: paints.lcp.time, lcpElement: paints.lcp.element };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const service = process.env.BASE_URL ? null : await startService();
  const baseUrl = process.env.BASE_URL ?? service?.baseUrl ?? '';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const loads: Load[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: an empty cache, as a first visit.
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      });
      const load = await measureOnce(await context.newPage(), `${baseUrl}/`);
      loads.push(load);
      console.log(
        `run ${run + 1}: ${kb(load.bytes)} in ${load.requests} requests, FCP ${Math.round(load.fcpMs)} ms, LCP ${Math.round(load.lcpMs)} ms (${load.lcpElement})`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await service?.stop();
  }

  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  const bytes = median(loads.map((l) => l.bytes));
  const lcp = median(loads.map((l) => l.lcpMs));
  const first = loads[0];
  console.log(
    `\nStart page, ${runs} cold loads on slow 4G (${Math.round(slow4g.latency)} ms latency, ${Math.round(slow4g.downloadKbps)} kbps down${cpuSlowdown > 1 ? `, CPU ${cpuSlowdown}x slower` : ''}), 390 px phone:`,
  );
  if (first)
    console.log(
      `  transferred by type (first run): ${Object.entries(first.byType)
        .sort((a, b) => b[1] - a[1])
        .map(([type, n]) => `${type} ${kb(n)}`)
        .join(', ')}`,
    );
  console.log(
    `  transferred (median): ${kb(bytes)}  budget ${kb(budget.bytes)}  ${bytes <= budget.bytes ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  largest contentful paint (median): ${Math.round(lcp)} ms  budget ${budget.lcpMs} ms  ${lcp <= budget.lcpMs ? 'OK' : 'OVER'}`,
  );
  console.log(`  first contentful paint (median): ${Math.round(median(loads.map((l) => l.fcpMs)))} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
