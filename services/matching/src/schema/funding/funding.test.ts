import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

let t: TestApp;
let admin: string;

const schemeFields =
  'key version ended validUntil caps { perCourse perPersonPerYear } courseKinds certain uncertainNote';
const input = (overrides: Record<string, unknown> = {}) => ({
  key: 'scholingsfonds-haven',
  nameNl: 'Scholingsfonds Haven IJmuiden',
  nameEn: 'IJmuiden port training fund',
  kind: 'FUND',
  validFrom: '2026-01-01',
  ended: false,
  who: { situations: ['WW', 'BIJSTAND'], note: 'Voor werkzoekenden in de IJmond.' },
  courses: {
    kinds: ['KORT_CERTIFICAAT', 'VAKCURSUS'],
    requiresShortageOccupation: false,
    requiresEmployer: false,
    requiresBbl: false,
  },
  caps: { perCourse: 750, shareOfCost: 1 },
  isLoan: false,
  certain: true,
  descriptionNl: 'Het fonds betaalt korte cursussen tot € 750.',
  descriptionEn: 'The fund pays short courses up to EUR 750.',
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('beheer@demo.werkbrug.nl');
}, 120_000);
afterAll(() => t?.close());

describe('funding schemes as dated data', () => {
  it('lists the schemes in force, and the ended ones (STAP) only as history', async () => {
    const now = await t.gql(`{ fundingSchemes { ${schemeFields} } }`);
    const keys = now.data.fundingSchemes.map((s: { key: string }) => s.key);
    expect(keys).toContain('uwv-scholingsbudget-ww');
    expect(keys).not.toContain('stap-budget');
    const all = await t.gql(`{ fundingSchemes(includeEnded: true) { ${schemeFields} } }`);
    const stap = all.data.fundingSchemes.find((s: { key: string }) => s.key === 'stap-budget');
    expect(stap).toMatchObject({ ended: true, validUntil: '2023-12-31', caps: { perPersonPerYear: 1000 } });
  });

  it('lets an admin add or change a scheme, with its outbox and audit rows; the courses it pays for follow', async () => {
    const res = await t.gql(
      `mutation($input: FundingSchemeInput!) { setFundingScheme(input: $input) { ${schemeFields} } }`,
      { input: input() },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.setFundingScheme).toMatchObject({ key: 'scholingsfonds-haven', version: 1 });
    const changed = await t.gql(
      `mutation($input: FundingSchemeInput!) { setFundingScheme(input: $input) { ${schemeFields} } }`,
      { input: input({ caps: { perCourse: 500, shareOfCost: 1 } }) },
      admin,
    );
    expect(changed.data.setFundingScheme).toMatchObject({ version: 2, caps: { perCourse: 500 } });
    const audit = await t.runtime.store.audit.list({ entityId: 'scholingsfonds-haven' }, 10);
    expect(audit.map((a) => a.action)).toEqual(['funding.update', 'funding.update']);
    const outbox = await t.runtime.store.sql.get<{ n: number }>(
      "SELECT count(*) AS n FROM outbox WHERE aggregate_type = 'funding' AND aggregate_id = ?",
      ['scholingsfonds-haven'],
    );
    expect(outbox?.n).toBe(2);
    await t.settled();
    const found = await t.gql(
      '{ courses(filter: { fundingSchemes: ["scholingsfonds-haven"] }, first: 50) { totalCount hits { node { kind funding { key } } } } }',
    );
    expect(found.data.courses.totalCount).toBeGreaterThan(0);
    for (const h of found.data.courses.hits) {
      expect(['KORT_CERTIFICAAT', 'VAKCURSUS']).toContain(h.node.kind);
      expect(h.node.funding.map((f: { key: string }) => f.key)).toContain('scholingsfonds-haven');
    }
  });

  it('refuses a scheme that ends before it starts, or an uncertain one without saying why, in Dutch', async () => {
    const res = await t.gql(
      'mutation($input: FundingSchemeInput!) { setFundingScheme(input: $input) { key } }',
      { input: input({ validUntil: '2025-01-01', certain: false }) },
      admin,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const messages = res.errors?.[0]?.extensions?.fields?.map((f) => f.message) ?? [];
    expect(messages).toContain('De einddatum ligt voor de begindatum.');
    expect(messages).toContain('Zeg bij een onzekere regel wat er onzeker is.');
  });
});
