import { afterEach, describe } from 'vitest';
import { accountCases } from './account-cases.ts';
import { aggregateCases } from './aggregate-cases.ts';
import { fundingCases } from './funding-cases.ts';
import { alertCases } from './alert-cases.ts';
import { postgresHarness, postgresReachable, sqliteHarness, type StoreHarness } from './harness.ts';
import { leadershipCases } from './leadership-cases.ts';
import { mailAccountCases } from './mail-account-cases.ts';
import { outboxCases } from './outbox-cases.ts';
import { personalCases } from './personal-cases.ts';
import { profileCases } from './profile-cases.ts';
import { scoringLogCases } from './scoring-log-cases.ts';
import { secretCases } from './secret-cases.ts';
import { sectorCases } from './sector-cases.ts';
import { seedCases } from './seed-cases.ts';
import { shortlistCases } from './shortlist-cases.ts';
import { signInFailureCases } from './sign-in-failure-cases.ts';

/**
 * One repository contract, every case run against SQLite and against a real PostgreSQL server
 * (TEST_DATABASE_URL; `.ci/run` starts one, scripts/pg/test-server.sh does it by hand). A new port
 * adds one file of cases and one line below.
 */
const suites: [string, (h: StoreHarness) => void][] = [
  ['vacancies and courses', aggregateCases],
  ['profiles and erasure', profileCases],
  ['shortlists', shortlistCases],
  ['accounts and sessions', accountCases],
  ['failed sign-ins', signInFailureCases],
  ['secrets', secretCases],
  ['scoring log', scoringLogCases],
  ['sector outlooks', sectorCases],
  ['funding schemes', fundingCases],
  ['outbox and change feed', outboxCases],
  ['leadership', leadershipCases],
  ['demo seed', seedCases],
  ['accounts by mail', mailAccountCases],
  ['saved searches and alerts', alertCases],
  ['contact requests, list answers, caseload and their erasure', personalCases],
];

const url = process.env.TEST_DATABASE_URL;
const unreachable = await postgresReachable(url);
if (unreachable && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`The PostgreSQL half of the store contract is required (REQUIRE_POSTGRES=1), but ${unreachable}`);
}
if (unreachable) {
  console.warn(
    `\n  PostgreSQL half of the store contract SKIPPED: ${unreachable}.\n  Start one with scripts/pg/test-server.sh and export the TEST_DATABASE_URL it prints.\n`,
  );
}

const harnesses: [StoreHarness, boolean][] = [
  [sqliteHarness(), true],
  [postgresHarness(url ?? 'postgres://unset'), unreachable === null],
];

for (const [harness, available] of harnesses) {
  describe.runIf(available)(`the store contract on ${harness.name}`, () => {
    afterEach(() => harness.cleanup());
    for (const [name, cases] of suites) describe(name, () => cases(harness));
  });
}
