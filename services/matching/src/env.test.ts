import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const result = parseConfig({}, '/srv/werkbrug');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.PORT).toBe(4000);
    expect(result.config.databasePath).toBe('/srv/werkbrug/data/werkbrug.sqlite');
    expect(result.config.production).toBe(false);
  });

  it('reports every problem at once', () => {
    const result = parseConfig({
      PORT: 'abc',
      MEILI_URL: 'not a url',
      SEED_VACANCIES: '-5',
      DEPLOYMENT: 'staging',
      TRUST_PROXY: 'maybe',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join('\n');
    for (const key of ['PORT', 'MEILI_URL', 'SEED_VACANCIES', 'DEPLOYMENT', 'TRUST_PROXY']) expect(text).toContain(key);
  });

  it('asks for a mail server, a public address and a token secret in production', () => {
    const result = parseConfig({ DEPLOYMENT: 'production', TOKEN_SECRET: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join('\n');
    expect(text).toContain('SMTP_HOST: is required in production');
    expect(text).toContain('PUBLIC_URL: is required in production');
    expect(text).toContain('TOKEN_SECRET: must be at least 32 characters');
  });

  it('reads the mail settings', () => {
    const result = parseConfig({
      SMTP_HOST: 'smtp.example.nl',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'werkbrug',
      SMTP_PASS: 'geheim',
      MAIL_FROM: 'Werkbrug <noreply@example.nl>',
      PUBLIC_URL: 'https://werkbrug.example.nl/',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      PUBLIC_URL: 'https://werkbrug.example.nl',
    });
    expect(parseConfig({ MAIL_FROM: 'not an address' }).ok).toBe(false);
    expect(parseConfig({ SMTP_USER: 'werkbrug' }).ok).toBe(false);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies, never as true', () => {
    const read = (value: string) => parseConfig({ TRUST_PROXY: value });
    const value = (v: string) => {
      const r = read(v);
      return r.ok ? r.config.TRUST_PROXY : r.problems.join();
    };
    expect(value('false')).toBe(false);
    expect(value('1')).toBe(1);
    expect(value('10.0.0.0/8, 192.168.1.4')).toEqual(['10.0.0.0/8', '192.168.1.4']);
    expect(value('true')).toMatch(/TRUST_PROXY: .*true is not accepted/);
    expect(value('10.0.0.0/99')).toMatch(/TRUST_PROXY/);
  });

  it('reads CORS_ORIGINS as exact origins, none by default', () => {
    const origins = (v?: string) => {
      const r = parseConfig(v === undefined ? {} : { CORS_ORIGINS: v });
      return r.ok ? r.config.CORS_ORIGINS : r.problems.join();
    };
    expect(origins()).toEqual([]);
    expect(origins('https://a.example.nl, http://localhost:5173')).toEqual([
      'https://a.example.nl',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'null', 'https://a.example.nl/path', 'ftp://x.nl'])
      expect(origins(bad)).toMatch(/CORS_ORIGINS/);
  });

  it('stops the service with one clear message listing every problem', () => {
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const run = spawnSync(tsx, [join(import.meta.dirname, 'server.ts')], {
      env: { ...process.env, PORT: 'abc', MEILI_URL: 'nope', DATA_DIR: '/tmp/werkbrug-never-created' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('configuration has 2 problem(s)');
    expect(run.stderr).toMatch(/PORT: must be a port number/);
    expect(run.stderr).toMatch(/MEILI_URL: must be a URL/);
  });
});
