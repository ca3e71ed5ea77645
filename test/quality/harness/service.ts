/**
 * Starts the built matching service on a free port with a fresh data folder (seeded demo data),
 * DEPLOYMENT=test, without needing the web build. Or talks to a running service when QUALITY_URL is
 * set (e.g. QUALITY_URL=http://127.0.0.1:4000).
 */
import { existsSync } from 'node:fs';
import {
  demoServerEntry,
  oneClientLimits,
  patientMatching,
  productionServerEntry,
  startWithFreshData,
  webDist,
} from '../../support/service-process.ts';

export interface RunningService {
  baseUrl: string;
  stop: () => Promise<void>;
}

export async function startService(): Promise<RunningService> {
  const external = process.env.QUALITY_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), stop: async () => {} };
  return startWithFreshData({
    // The demo-data entry when the build has one (production bundles leave the demo seed out).
    entry: existsSync(demoServerEntry) ? demoServerEntry : productionServerEntry,
    name: 'quality',
    dataDirPrefix: 'werkbrug-quality-',
    // The harness sends a few thousand requests from one address.
    env: { WEB_DIST: webDist, ...oneClientLimits, ...patientMatching },
  });
}
