import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../env.ts';
import { buildApp } from '../app.ts';
import { createRuntime, type Runtime } from '../composition.ts';
import { demoSeeder } from '../demo/demo-seeder.ts';

/**
 * Erasure end to end, on disk: after a person erases themselves and the service restarts, no byte of
 * their alias or of the notes about them is left in any database file (write-ahead log included), no
 * outbox row names them, their account is gone, and the logs never held their id, alias or notes.
 */
const dir = mkdtempSync(join(tmpdir(), 'werkbrug-erase-'));
const logs: string[] = [];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(): Promise<{ runtime: Runtime; app: FastifyInstance }> {
  const parsed = parseConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    SEED_VACANCIES: '60',
    SEED_COURSES: '20',
    SEED_PROFILES: '20',
    RATE_LIMIT_MAX: '100000',
  });
  if (!parsed.ok) throw new Error(parsed.problems.join());
  const stream = new PassThrough();
  stream.on('data', (chunk) => logs.push(String(chunk)));
  const runtime = await createRuntime(parsed.config, (line) => logs.push(line), { seeder: demoSeeder });
  return { runtime, app: await buildApp(runtime, { logStream: stream }) };
}

/** Every file the store keeps in the data folder, read whole. */
const databaseBytes = () =>
  readdirSync(dir)
    .filter((f) => f.startsWith('werkbrug.sqlite'))
    .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));

describe('erasing a person', () => {
  it('leaves no byte of them in the database files, the outbox, the accounts or the logs', async () => {
    const alias = 'Zwaluwenberg';
    const notes = ['Notitie-Vlinderpad-9311', 'Notitie-Kievitsbloem-4417'];
    let { runtime, app } = await start();
    const gql = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: cookie ? { cookie } : {},
        payload: { query, variables },
      });
      return res.json() as { data?: any; errors?: { message: string }[] };
    };
    const signIn = async (email: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: `mutation { signIn(email: "${email}", password: "werkbrug-demo") { token } }` },
      });
      return String(res.headers['set-cookie']).split(';')[0]!;
    };
    const person = await signIn('werkzoekende@demo.werkbrug.nl');
    const adviser = await signIn('adviseur@demo.werkbrug.nl');
    const profileId = (await runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl'))!.profileId!;
    const stored = (await runtime.store.profiles.get(profileId))!;
    await runtime.store.profiles.save({ ...stored, adviserId: 'usr_demo-adviseur' }, { userId: null });

    // Several versions of the profile body, a list with notes by the adviser and one by the person.
    const input = (n: number) => ({
      alias,
      occupations: stored.occupations,
      skills: stored.skills.slice(0, 5 + n),
      nlqfLevel: stored.nlqfLevel,
      postcode: '2011',
      travel: { mode: 'FIETS', maxMinutes: 30 + n },
      hoursMin: 24,
      hoursMax: 32,
    });
    const update = 'mutation($id: ID!, $i: ProfileInput!) { updateProfile(id: $id, input: $i) { id } }';
    for (let n = 0; n < 3; n++)
      expect((await gql(update, { id: profileId, i: input(n) }, person)).errors).toBeUndefined();
    const vacancies = (await runtime.store.vacancies.list({ status: 'open' }, { first: 2 })).items;
    for (const [cookie, note, vacancy] of [
      [adviser, notes[0], vacancies[0]],
      [person, notes[1], vacancies[1]],
    ] as const) {
      const list = await gql(
        'mutation($p: ID!) { createShortlist(profileId: $p, name: "Kansen") { id } }',
        { p: profileId },
        cookie,
      );
      const added = await gql(
        'mutation($l: ID!, $r: ID!, $n: String) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $r, note: $n) { id } }',
        { l: list.data.createShortlist.id, r: vacancy!.id, n: note },
        cookie,
      );
      expect(added.errors).toBeUndefined();
    }
    // Ids in URLs: a GET query and a page of the web app.
    await app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent(`{ profile(id: "${profileId}") { alias } }`)}`,
      headers: { 'x-graphql-yoga-csrf': '1', cookie: person, accept: 'application/json' },
    });
    await app.inject({ method: 'GET', url: `/adviseur/mensen/${profileId}`, headers: { accept: 'text/html' } });

    // A save just before the erase, not yet relayed, then the erase itself.
    await gql(update, { id: profileId, i: input(4) }, person);
    const erased = await gql('mutation($id: ID!) { deleteProfile(id: $id) }', { id: profileId }, person);
    expect(erased).toEqual({ data: { deleteProfile: true } });
    await runtime.indexer.idle();

    const outbox = await runtime.store.sql.all('SELECT * FROM outbox WHERE aggregate_id = ?', [profileId]);
    expect(outbox).toEqual([]);
    expect(await runtime.store.users.findByEmail('werkzoekende@demo.werkbrug.nl')).toBeNull();

    await app.close();
    await runtime.close();
    ({ runtime, app } = await start());
    try {
      const files = databaseBytes();
      expect(files.length).toBeGreaterThan(0);
      for (const { file, bytes } of files) {
        for (const secret of [alias, ...notes, 'werkzoekende@demo.werkbrug.nl', 'Sanne (demo werkzoekende)'])
          expect(bytes.includes(Buffer.from(secret)), `${secret} in ${file}`).toBe(false);
      }
      const everything = logs.join('\n');
      for (const secret of [alias, ...notes, profileId]) expect(everything, secret).not.toContain(secret);
      expect(everything).toContain('"fields":["deleteProfile"]'); // the operation is logged, by name
    } finally {
      await app.close();
      await runtime.close();
    }
  }, 120_000);
});
