import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from './env.ts';
import { buildApp } from './app.ts';
import { createRuntime, type Runtime } from './composition.ts';
import { demoSeeder } from './demo/demo-seeder.ts';
import { regionMunicipalities } from '@werkbrug/shared/schemas/region';

let dir: string;
let runtime: Runtime;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbrug-app-'));
  const parsed = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
  if (!parsed.ok) throw new Error(parsed.problems.join());
  runtime = await createRuntime(parsed.config, () => {}, { seeder: demoSeeder });
  app = await buildApp(runtime);
});
afterAll(async () => {
  await app?.close();
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return {
    status: res.statusCode,
    body: res.json() as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('the service on its seeded defaults', () => {
  it('answers health and readiness', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { store: 'ok' } });
  });

  it('lists at least 2,000 open vacancies spread over all seven municipalities', async () => {
    const municipalities = new Set<string>();
    let after: string | null = null;
    let total = 0;
    do {
      const { body } = await gql(
        'query($after: String) { vacancyList(first: 100, after: $after) { totalCount items { id location { municipality } } pageInfo { endCursor } } }',
        { after },
      );
      expect(body.errors).toBeUndefined();
      total = body.data.vacancyList.totalCount;
      for (const v of body.data.vacancyList.items) municipalities.add(v.location.municipality);
      after = body.data.vacancyList.pageInfo.endCursor;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(2000);
    for (const m of regionMunicipalities) expect(municipalities).toContain(m);
  });

  it('lists courses, occupations, skills with Dutch labels, and sectors with their outlook', async () => {
    const { body } = await gql(`{
      courseList(first: 5) { totalCount items { title providerName kind signUp { url email phone } funding { key nameNl } } }
      occupations(sector: "healthcare", query: "zorghulp") { labelNl isco08 }
      skill(uri: "http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6") { labelNl labelEn synonymsNl }
      sectors { key outlook outlookFact }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.courseList.totalCount).toBeGreaterThanOrEqual(300);
    expect(body.data.occupations.map((o: { labelNl: string }) => o.labelNl)).toContain('zorghulp');
    expect(body.data.skill).toMatchObject({ labelNl: 'eerste hulp verlenen', labelEn: 'provide first aid' });
    expect(body.data.skill.synonymsNl).toContain('EHBO');
    expect(body.data.sectors.find((s: { key: string }) => s.key === 'healthcare').outlook).toBe('GROWING');
    expect(body.data.sectors.find((s: { key: string }) => s.key === 'aviation').outlook).toBe('SHRINKING');
  });

  it('refuses an unbounded page with a Dutch message and a stable code', async () => {
    const { body } = await gql('{ vacancyList(first: 101) { totalCount } }');
    expect(body.errors).toBeDefined();
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/Kijk de velden na/);
  });

  it('signs in a demo account and knows the viewer from the cookie', async () => {
    const signIn = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: 'mutation { signIn(email: "adviseur@demo.werkbrug.nl", password: "werkbrug-demo") { user { role } } }',
      },
    });
    expect(signIn.json().errors).toBeUndefined();
    expect(signIn.json().data.signIn.user.role).toBe('ADVISER');
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const me = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { cookie },
      payload: { query: '{ viewer { name role } }' },
    });
    expect(me.json().data.viewer.role).toBe('ADVISER');
    const wrong = await gql(
      'mutation { signIn(email: "adviseur@demo.werkbrug.nl", password: "fout-wachtwoord") { token } }',
    );
    expect(wrong.body.errors?.[0]?.message).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });
});
