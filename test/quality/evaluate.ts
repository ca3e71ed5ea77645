/**
 * npm run quality: starts the built service (fresh data folder, seeded demo data, DEPLOYMENT=test) or
 * uses QUALITY_URL, runs the whole evaluation through the public GraphQL API and prints every figure,
 * held-out first. QUALITY_JSON=path also writes the full report (every profile's graded top 10) as JSON.
 * Build first: (cd services/matching && node build.mjs)
 */
import { writeFileSync } from 'node:fs';
import { formatReport } from './harness/report.ts';
import { runQuality } from './harness/run.ts';
import { startService } from './harness/service.ts';

const service = await startService();
try {
  const report = await runQuality(service.baseUrl, (line) => console.error(`  ${line}`));
  console.log(formatReport(report));
  if (process.env.QUALITY_JSON) writeFileSync(process.env.QUALITY_JSON, JSON.stringify(report, null, 1));
} finally {
  await service.stop();
}
