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
      expect(introspection.json().errors?.[0]?.message).toMatch(/introspection/i);
      const graphiql = await app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
      expect(graphiql.body).not.toMatch(/graphiql/i);
      const ok = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ sectors { key } }' } });
      expect(ok.json().data.sectors.length).toBe(sectorKeys.length);
      expect(ok.headers['content-security-policy']).toContain("default-src 'self'");
    } finally {
      await app.close();
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
