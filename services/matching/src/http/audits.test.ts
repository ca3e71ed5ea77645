import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http`, against the real server. MUST and
 * SHOULD audits must pass; the only allowed notices are the form-encoded GET audits, which the CSRF
 * protection blocks on purpose.
 */
const allowedNotices = new Set(['5A70', 'D6D5', '6A70']);

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await startTestApp();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = `${address}/graphql`;
}, 120_000);
afterAll(() => t?.close());

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('passes every audit', async () => {
    const results: string[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'ok') continue;
      if (result.status === 'notice' && allowedNotices.has(audit.id)) continue;
      results.push(`${audit.id} ${result.status}: ${audit.name}`);
    }
    expect(results).toEqual([]);
  });
});
