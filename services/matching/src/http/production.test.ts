import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../env.ts';
import { createRuntime } from '../composition.ts';
import { buildApp } from '../app.ts';
import { demoSeeder } from '../demo/demo-seeder.ts';

const config = (dir: string, env: Record<string, string>) => {
  const parsed = parseConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SEED_VACANCIES: '50',
    SEED_COURSES: '20',
    SEED_PROFILES: '20',
    // Production needs a mail server, its public address and a token secret; nothing is sent in these tests.
    SMTP_HOST: '127.0.0.1',
    PUBLIC_URL: 'https://werkbrug.example.nl',
    TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join());
  return parsed.config;
};

describe('the production configuration', () => {
  it('does not seed, and refuses to start on a database with demo accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-prod-'));
    try {
      expect(config(dir, { DEPLOYMENT: 'production' }).SEED_ON_START).toBe(false);
      const seeded = await createRuntime(config(dir, { DEPLOYMENT: 'development' }), () => {}, {
        startRelay: false,
        seeder: demoSeeder,
      });
      await seeded.close();
      await expect(
        createRuntime(config(dir, { DEPLOYMENT: 'production' }), () => {}, { startRelay: false, seeder: demoSeeder }),
      ).rejects.toThrow(/demo accounts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves /metrics only to a scraper with the token, and says which limit a refused query hit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-prod-'));
    const token = 'a-long-scrape-token-for-tests-0123';
    const runtime = await createRuntime(config(dir, { DEPLOYMENT: 'production', METRICS_TOKEN: token }), () => {}, {
      startRelay: false,
    });
    const app = await buildApp(runtime);
    try {
      expect((await app.inject('/metrics')).statusCode).toBe(404);
      const wrong = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer not-the-token' } });
      expect(wrong.statusCode).toBe(404);
      const scraped = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(scraped.statusCode).toBe(200);
      expect(scraped.body).toContain('werkbrug_http_requests_total');
      const deep = `{ ${Array.from({ length: 10 }, (_, i) => `f${i} {`).join(' ')} x ${'} '.repeat(10)}}`;
      const refused = (await app.inject({ method: 'POST', url: '/graphql', payload: { query: deep } })).json();
      expect(refused.errors[0].extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'depth' });
      expect(refused.errors[0].message).toBe('Deze vraag is te diep genest.');
    } finally {
      await app.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no /metrics at all in production without a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-prod-'));
    const runtime = await createRuntime(config(dir, { DEPLOYMENT: 'production' }), () => {}, { startRelay: false });
    const app = await buildApp(runtime);
    try {
      const res = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer ' } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: 'Niet gevonden.', code: 'NOT_FOUND' });
    } finally {
      await app.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns GraphiQL and introspection off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-prod-'));
    const runtime = await createRuntime(config(dir, { DEPLOYMENT: 'production' }), () => {}, { startRelay: false });
    const app = await buildApp(runtime);
    try {
      const introspection = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ __schema { types { name } } }' },
      });
      expect(introspection.json().errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      const graphiql = await app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
      expect(graphiql.body).not.toMatch(/graphiql/i);
      const ok = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ sectors { key } }' } });
      expect(ok.json().data.sectors.length).toBe(sectorKeys.length);
      expect(ok.headers['content-security-policy']).toContain("default-src 'self'");
      // The development mail page and the alert trigger do not exist in production.
      expect((await app.inject({ method: 'GET', url: '/dev/mail' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/dev/mail.json' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'POST', url: '/dev/alerts/run' })).statusCode).toBe(404);
      expect(runtime.devMailbox).toBeNull();
    } finally {
      await app.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
