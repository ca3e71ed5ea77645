/**
 * The adviser's caseload search in the store (issue 13): p50/p95/p99 of one page of 25 with search,
 * filters and each sort, for caseloads from the demo size to thousands of people per adviser.
 * Run: npx tsx scripts/bench/bench-caseload.ts (BENCH_PROFILES=600,5000,20000 to choose sizes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@werkbrug/seed';
import { openStore } from '@werkbrug/matching/store/open-store';
import { seedStore } from '@werkbrug/matching/store/seed';
import type { CaseloadFilter, CaseloadSort } from '@werkbrug/matching/store/ports';
import { measure } from './stats.ts';

const sizes = (process.env.BENCH_PROFILES ?? '600,5000,20000').split(',').map(Number);
const cases: [string, CaseloadFilter, CaseloadSort][] = [
  ['all, by alias', {}, 'alias'],
  ['all, last activity first', {}, 'last-activity'],
  ['search "san"', { text: 'san' }, 'alias'],
  ['target group bijstand', { targetGroup: 'bijstand' }, 'alias'],
  ['status no list, least recent', { status: 'no-list' }, 'least-recent-activity'],
  ['inactive 30 days', { inactiveSince: new Date(Date.now() - 30 * 86_400_000).toISOString() }, 'alias'],
];

for (const profiles of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'werkbrug-bench-caseload-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'bench.sqlite') });
  try {
    await seedStore(
      store.sql,
      generateDataset({ vacancies: 200, courses: 20, profiles, seed: `caseload-${profiles}` }),
    );
    const advisers = await store.sql.all<{ id: string; n: number }>(
      'SELECT adviser_id AS id, count(*) AS n FROM profiles WHERE adviser_id IS NOT NULL GROUP BY adviser_id ORDER BY n DESC',
    );
    const adviser = advisers[0]!;
    console.log(`${profiles} profiles, the largest caseload: ${adviser.n} people`);
    const pages = Array.from({ length: 200 }, (_, i) => i % Math.max(1, Math.ceil(adviser.n / 25)));
    for (const [label, filter, sort] of cases) {
      const s = await measure(pages, (page) =>
        store.caseload.search(adviser.id, filter, sort, { first: 25, offset: page * 25 }),
      );
      console.log(
        `  ${label.padEnd(32)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p95 ${s.p95.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  (n=${s.n})`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
