import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '@werkbrug/matching/env';

/**
 * The deployment description (deploy/) cannot run here: these machines have no container engine.
 * This checks every part that can be checked without one: the compose file's structure, every service
 * instance's settings through the service's own validation, and the proxy configuration with nginx.
 */
const deploy = fileURLToPath(new URL('../../deploy/', import.meta.url));
const read = (name: string) => readFileSync(join(deploy, name), 'utf8');
const compose = parse(read('compose.yaml'), { merge: true }) as {
  services: Record<string, any>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const instances = Object.keys(services).filter((name) => name.startsWith('werkbrug-'));

/** A .env file as key/value pairs. */
const envFile = (text: string) =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
const secrets = envFile(read('.env.example'));

/** Compose's interpolation: ${VAR}, ${VAR:?message}, ${VAR:-default}. */
const interpolate = (value: string, vars: Record<string, string>) =>
  value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (vars[name] !== undefined && vars[name] !== '') return vars[name]!;
    if (kind === '-') return rest ?? '';
    throw new Error(`${name} is not set: ${rest ?? ''}`);
  });

describe('the deployment description (deploy/, not runnable here)', () => {
  it('runs PostgreSQL, Meilisearch, two service instances and a proxy, with pinned images', () => {
    expect(Object.keys(services).sort()).toEqual(['meilisearch', 'postgres', 'proxy', 'werkbrug-a', 'werkbrug-b']);
    for (const [name, service] of Object.entries(services)) {
      // Pinned versions; the service's own image is built from this checkout.
      if (service.image && !service.build) expect(service.image, name).toMatch(/:[\w.-]*\d[\w.-]*$/);
      expect(service.restart, name).toBe('unless-stopped');
      expect(service.healthcheck ?? services[name].depends_on, name).toBeDefined();
    }
    expect(services.meilisearch.image).toBe('getmeili/meilisearch:v1.15.2');
    expect(Object.keys(compose.volumes).sort()).toEqual(['meili-data', 'postgres-data']);
  });

  it('publishes only the proxy, and starts each layer after the one below is healthy', () => {
    for (const [name, service] of Object.entries(services))
      if (name !== 'proxy') expect(service.ports, `${name} publishes no port`).toBeUndefined();
    expect(services.proxy.ports).toEqual(['80:80', '443:443']);
    for (const name of instances) {
      expect(services[name].depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        meilisearch: { condition: 'service_healthy' },
      });
      expect(services[name].healthcheck.test.join(' ')).toContain('/readyz');
    }
    expect(Object.keys(services.proxy.depends_on).sort()).toEqual(instances);
  });

  it('gives every instance settings that the service itself accepts for production', () => {
    expect(instances).toHaveLength(2);
    const names = new Set<string>();
    for (const name of instances) {
      const service = services[name];
      const environment = Object.fromEntries(
        Object.entries(service.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v, secrets)]),
      );
      const result = parseConfig({ ...envFile(read(service.env_file)), ...environment });
      if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
      const config = result.config;
      expect(config.production).toBe(true);
      expect(config.SEED_ON_START).toBe(false);
      expect(config.database).toEqual({
        kind: 'postgres',
        url: expect.stringMatching(/^postgres:\/\/werkbrug:.+@postgres:5432\/werkbrug$/),
      });
      expect(config.MEILI_URL).toBe('http://meilisearch:7700');
      expect(config.MEILI_SEARCH_KEY).not.toBe(config.MEILI_API_KEY);
      expect(config.TRUST_PROXY).toBeTruthy();
      names.add(config.instanceName);
    }
    expect(names.size).toBe(2);
  });

  it('refuses to start without its secrets, naming each one', () => {
    expect(() => interpolate(services['werkbrug-a'].environment.DATABASE_URL, {})).toThrow(/POSTGRES_PASSWORD/);
    expect(() => interpolate(services.meilisearch.environment.MEILI_MASTER_KEY, {})).toThrow(/MEILI_MASTER_KEY/);
    // And the service refuses production with Meilisearch but without a key.
    const shared = envFile(read('env/werkbrug.env'));
    const result = parseConfig({ ...shared, DATABASE_URL: 'postgres://werkbrug:x@postgres:5432/werkbrug' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('MEILI_API_KEY');
  });

  it('runs Meilisearch and PostgreSQL in production mode with their data on volumes', () => {
    const meili = envFile(read(services.meilisearch.env_file));
    expect(meili.MEILI_ENV).toBe('production');
    expect(Buffer.byteLength(secrets.MEILI_MASTER_KEY ?? '')).toBeGreaterThanOrEqual(16);
    expect(services.meilisearch.volumes).toEqual(['meili-data:/meili_data']);
    expect(envFile(read(services.postgres.env_file))).toMatchObject({
      POSTGRES_USER: 'werkbrug',
      POSTGRES_DB: 'werkbrug',
    });
    expect(services.postgres.volumes).toEqual(['postgres-data:/var/lib/postgresql/data']);
  });

  it('builds the production bundle, without demo data, as a non-root user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^FROM node:20\.\d+-bookworm-slim AS build$/m);
    expect(dockerfile).toContain('CMD ["node", "dist/server.js"]');
    expect(dockerfile).not.toContain('demo-server');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toContain('--frozen-lockfile');
  });

  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!nginx)
    console.warn(
      '\n  nginx is not installed: the proxy configuration check is SKIPPED (apt-get install nginx-light).\n',
    );
  it.runIf(nginx)('has a proxy configuration that nginx accepts, balancing over both instances', () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-nginx-'));
    try {
      // The instances' names resolve only inside the compose network: point them at this machine, and
      // the TLS files at a throwaway certificate, for the check.
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-keyout',
          join(dir, 'privkey.pem'),
          '-out',
          join(dir, 'fullchain.pem'),
        ],
        { stdio: 'ignore' },
      );
      const config = read('nginx.conf');
      expect(config.match(/server werkbrug-[ab]:4000/g)).toEqual(['server werkbrug-a:4000', 'server werkbrug-b:4000']);
      const local = config.replaceAll(/werkbrug-[ab]:4000/g, '127.0.0.1:4000').replaceAll('/etc/nginx/tls/', `${dir}/`);
      writeFileSync(join(dir, 'nginx.conf'), local);
      // stderr to a file: the configuration logs to /dev/stderr, which cannot be opened on the socket
      // pair Node would otherwise hand nginx.
      const log = openSync(join(dir, 'check.log'), 'w');
      const check = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-g', `pid ${dir}/nginx.pid;`], {
        stdio: ['ignore', 'ignore', log],
      });
      closeSync(log);
      const output = readFileSync(join(dir, 'check.log'), 'utf8');
      expect(output).toContain('test is successful');
      expect(check.status, output).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
