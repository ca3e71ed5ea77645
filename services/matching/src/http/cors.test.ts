import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** CORS grants only configured origins; with none configured (the default) nobody gets one. */
let open: TestApp;
let listed: TestApp;
beforeAll(async () => {
  open = await startTestApp({ SEED_VACANCIES: '20', SEED_COURSES: '10', SEED_PROFILES: '5' });
  listed = await startTestApp({
    SEED_VACANCIES: '20',
    SEED_COURSES: '10',
    SEED_PROFILES: '5',
    CORS_ORIGINS: 'https://werkbrug.example.nl, https://partner.example.nl',
  });
}, 120_000);
afterAll(async () => {
  await open?.close();
  await listed?.close();
});

const corsHeaders = (headers: Record<string, unknown>) =>
  Object.keys(headers).filter((h) => h.startsWith('access-control-'));

async function crossOrigin(t: TestApp, origin: string) {
  const cookie = await t.signIn('adviseur@demo.werkbrug.nl');
  const preflight = await t.app.inject({
    method: 'OPTIONS',
    url: '/graphql',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  const read = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { origin, cookie, 'content-type': 'application/json' },
    payload: { query: '{ caseload(first: 1) { totalCount } }' },
  });
  return { preflight, read };
}

describe('CORS', () => {
  it('grants nothing to any other origin by default, not even null or another port of the same site', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost:5174', 'http://localhost:4000']) {
      const { preflight, read } = await crossOrigin(open, origin);
      expect(corsHeaders(preflight.headers), origin).toEqual([]);
      expect(corsHeaders(read.headers), origin).toEqual([]);
    }
  });

  it('grants a configured origin, with credentials, and no other', async () => {
    const granted = await crossOrigin(listed, 'https://partner.example.nl');
    expect(granted.preflight.headers['access-control-allow-origin']).toBe('https://partner.example.nl');
    expect(granted.preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(granted.read.headers['access-control-allow-origin']).toBe('https://partner.example.nl');
    for (const origin of ['https://evil.example', 'null', 'https://werkbrug.example.nl.evil.example']) {
      const refused = await crossOrigin(listed, origin);
      expect(corsHeaders(refused.preflight.headers), origin).toEqual([]);
      expect(corsHeaders(refused.read.headers), origin).toEqual([]);
    }
  });
});
