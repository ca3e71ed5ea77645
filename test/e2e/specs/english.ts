import { beforeAll, expect, test } from 'vitest';
import { awaiting, describeFindings, findDutch } from '../testkit/dutch-text.ts';
import type { E2E } from '../testkit/e2e.ts';
import { declaredRoutes, findIds, settle, stops, walk, type Ids } from '../testkit/route-walk.ts';

export function englishSpecs(e2e: E2E) {
  let ids: Ids;
  beforeAll(async () => {
    ids = await findIds(e2e);
  });

  test('the walk visits every route the web app declares', () => {
    expect([...new Set(stops.map((s) => s.route))].sort()).toEqual([...new Set(declaredRoutes())].sort());
  });

  test('the detector finds the Dutch interface in Dutch mode (a control for the walk below)', async () => {
    const page = await e2e.newPage();
    await page.goto('/privacy');
    await settle(page);
    // The Dutch page as if it claimed to be English: every interface text is then untranslated.
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
    });
    const findings = await findDutch(page);
    const texts = findings.map((f) => f.text);
    expect(texts).toContain('Zonder account bewaren we niets over jou');
    expect(texts).toContain('Je rechten');
    expect(findings.length).toBeGreaterThan(20);
  });

  test('no page shows Dutch in English mode, signed out or as any role', async () => {
    const report: string[] = [];
    const stillDutch = new Set<string>();
    let pages = 0;
    await walk(
      e2e,
      ids,
      async (page, stop, url) => {
        pages++;
        // Disclosures count too: what is folded away is still on the page.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        const findings = await findDutch(page);
        for (const f of findings) if (f.awaiting) stillDutch.add(f.awaiting);
        const own = findings.filter((f) => !f.awaiting);
        if (own.length) report.push(`${stop.who}:\n${describeFindings(url, own)}`);
      },
      { english: true },
    );
    console.log(
      `\nEnglish walk: ${pages} pages, ${report.length} with Dutch text; still Dutch, being translated elsewhere: ${
        [...stillDutch].join('; ') || 'nothing'
      }\n`,
    );
    expect(report.join('\n'), 'Dutch text in English mode').toBe('');
    // An entry of `awaiting` that no longer finds Dutch has been translated: remove it, so it cannot hide new Dutch.
    expect([...stillDutch].sort(), 'entries of awaiting in testkit/dutch-text.ts still needed').toEqual(
      Object.values(awaiting).sort(),
    );
  }, 180_000);
}
