import { join } from 'node:path';
import {
  demoServerEntry,
  oneClientLimits,
  patientMatching,
  requireBuilt,
  startWithFreshData,
  webDist,
} from '../../support/service-process.ts';

export interface RunningService {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the built demo service (which also serves the built web app) on a free port with a fresh data
 * folder, so every run seeds the same demo data. It builds nothing: run the web and service builds
 * first, as `npm test` does.
 */
export async function startService(): Promise<RunningService> {
  requireBuilt(join(webDist, 'index.html'), 'npx -y pnpm@10 --filter @werkbrug/web build');
  return startWithFreshData({
    entry: demoServerEntry,
    name: 'e2e',
    dataDirPrefix: 'werkbrug-e2e-',
    // One browser hammers the API from one address: the limits are for the open internet.
    env: { WEB_DIST: webDist, ...oneClientLimits, ...patientMatching },
    // Links in mails (confirmation, unsubscribe) point at this very service.
    envFor: (baseUrl) => ({ PUBLIC_URL: baseUrl }),
  });
}
