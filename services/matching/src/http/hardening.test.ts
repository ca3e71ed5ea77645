import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(() => t?.close());

/** `{ f1 { f2 { … fN } } }`: the schema has no cycles, so deep queries can only be this shape. */
const nested = (depth: number) =>
  `{ ${Array.from({ length: depth }, (_, i) => `f${i} {`).join(' ')} x ${'} '.repeat(depth)}}`;

describe('API hardening', () => {
  it('accepts the deepest real query of the schema', async () => {
    const deepest =
      '{ myShortlists { items { course { targetOccupations { sector { key } essentialSkills { uri } } } } } }';
    const res = await t.gql(deepest, undefined, await t.signIn('adviseur@demo.werkbrug.nl'));
    expect(res.errors).toBeUndefined();
  });

  /** The one error of a refused request: code LIMIT_EXCEEDED, which limit, and a Dutch message. */
  const limitOf = (res: Awaited<ReturnType<TestApp['gql']>>) => {
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    expect(error.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toMatch(/^Deze vraag /);
    return (error.extensions as { limit?: string }).limit;
  };

  it('rejects a query nested 10 deep', async () => {
    expect(limitOf(await t.gql(nested(10)))).toBe('depth');
  });

  it('rejects a query with 20 aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sectors { key }`).join(' ');
    expect(limitOf(await t.gql(`{ ${aliases} }`))).toBe('aliases');
  });

  it('rejects a query of more than 1,000 tokens and more than 50 directives', async () => {
    expect(limitOf(await t.gql(`{ sectors { ${'key '.repeat(1001)} } }`))).toBe('tokens');
    expect(limitOf(await t.gql(`{ sectors { key ${'@include(if: true) '.repeat(51)} } }`))).toBe('directives');
  });

  it('masks an unexpected error and does not leak its message', async () => {
    const original = t.runtime.store.vacancies.get;
    t.runtime.store.vacancies.get = async () => {
      throw new Error('db password is hunter2');
    };
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ vacancy(id: "vac_demo-000001") { id } }' },
      });
      expect(res.body).not.toContain('hunter2');
      expect(res.json().errors[0]).toMatchObject({
        message: 'Er ging iets mis bij Werkbrug. Probeer het later opnieuw.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      t.runtime.store.vacancies.get = original;
    }
  });

  it('refuses a GET without the CSRF header', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7Bsectors%7Bkey%7D%7D',
      headers: { accept: 'application/json' },
    });
    expect(res.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7Bsectors%7Bkey%7D%7D',
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('sends security headers and refuses bodies over 1 MiB', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ sectors { key } }' } });
    for (const header of ['strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy'])
      expect(res.headers[header]).toBeDefined();
    const big = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: `{ sectors { key } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(big.statusCode).toBe(413);
  });

  it('slows sign-in down per account after repeated failures, with a Dutch message saying how long', async () => {
    const strict = await startTestApp({ SIGN_IN_RATE_LIMIT_MAX: '3' });
    try {
      const attempt = () =>
        strict.gql('mutation { signIn(email: "adviseur@demo.werkbrug.nl", password: "fout-fout-fout") { token } }');
      for (let i = 0; i < 3; i++) expect((await attempt()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const blocked = await attempt();
      expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.message).toMatch(/te vaak .* Wacht \d+ seconden/);
      expect(
        (blocked.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds,
      ).toBeLessThanOrEqual(60);
    } finally {
      await strict.close();
    }
  });

  it('counts failures per address whatever X-Forwarded-For claims, behind no proxy or one', async () => {
    for (const TRUST_PROXY of ['false', '1']) {
      const strict = await startTestApp({
        SIGN_IN_ADDRESS_MAX: '3',
        TRUST_PROXY,
        SEED_VACANCIES: '20',
        SEED_COURSES: '10',
        SEED_PROFILES: '5',
      });
      try {
        const attempt = async (i: number) => {
          const res = await strict.app.inject({
            method: 'POST',
            url: '/graphql',
            // A client forges the first entries; the one proxy appends the address it saw last.
            headers: { 'x-forwarded-for': `10.9.8.${i}, 198.51.100.5` },
            payload: { query: `mutation { signIn(email: "nobody${i}@x.nl", password: "fout-fout") { token } }` },
          });
          return res.json().errors?.[0]?.extensions?.code;
        };
        for (let i = 0; i < 3; i++) expect(await attempt(i), TRUST_PROXY).toBe('BAD_USER_INPUT');
        expect(await attempt(3), TRUST_PROXY).toBe('RATE_LIMITED');
      } finally {
        await strict.close();
      }
    }
  });

  it('exposes Prometheus metrics with request counts and outbox lag', async () => {
    const res = await t.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('werkbrug_http_requests_total');
    expect(res.body).toContain('werkbrug_outbox_lag_seconds');
    expect(res.body).toContain('werkbrug_match_duration_seconds');
  });

  it('reports readiness of store and search', async () => {
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready', checks: { store: 'ok', search: 'ok' } });
  });
});
