import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, within, type Instance } from './instances.ts';

/**
 * Two service processes (the built demo bundle) on one PostgreSQL database, as a region would run them
 * behind a proxy: a write on one is found on the other, a session is valid on both, and killing the one
 * that relays the outbox in the middle of a batch loses nothing. Needs TEST_DATABASE_URL (`.ci/run`
 * starts a server; scripts/pg/test-server.sh by hand); skipped with a message without one.
 */
const url = process.env.TEST_DATABASE_URL;
async function answers(at: string | undefined): Promise<boolean> {
  if (!at) return false;
  const client = new pg.Client({ connectionString: at, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const reachable = await answers(url);
if (!reachable && process.env.REQUIRE_POSTGRES === '1')
  throw new Error(
    'The two-instance test is required (REQUIRE_POSTGRES=1), but no PostgreSQL answers at TEST_DATABASE_URL',
  );
if (!reachable) console.warn('\n  Two-instance test SKIPPED: no PostgreSQL server at TEST_DATABASE_URL.\n');

const schema = `two_${randomBytes(5).toString('hex')}`;
const inSchema = (u: string) => {
  const withPath = new URL(u);
  withPath.searchParams.set('options', `-c search_path=${schema}`);
  return withPath.toString();
};

const signIn = `mutation($e: String!) { signIn(email: $e, password: "werkbrug-demo") { token } }`;
const post = `mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }`;
const search = `query($q: String!) { vacancies(query: $q, first: 10) { hits { node { id } } } }`;
const match = `query($p: MatchProfileInput!) { matchVacancies(first: 50, profile: $p) { matches { vacancy { id } } } }`;
const status = '{ searchIndexStatus { differences pendingChanges deadLetters } }';
const codeOf = (answer: { errors?: unknown }) =>
  (answer.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;

describe.runIf(reachable)('two service instances on one PostgreSQL database', () => {
  let admin: pg.Client;
  let a: Instance;
  let b: Instance;
  let employerToken: string;
  let template: { occupationUri: string; essentialSkills: string[] };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    // Matching in a worker thread on each instance, which follows the change feed on its own
    // read-only connection; three failed sign-ins on an account before it is slowed down.
    const shared = { MATCH_WORKERS: '1', SIGN_IN_RATE_LIMIT_MAX: '3' };
    a = await startInstance('a', inSchema(url!), shared);
    b = await startInstance('b', inSchema(url!), { ...shared, SEED_ON_START: 'false' });
    employerToken = (await a.gql(signIn, { e: 'werkgever@demo.werkbrug.nl' })).data.signIn.token;
    const own = await a.gql(
      '{ myVacancies(first: 1) { items { occupation { uri } essentialSkills { uri } } } }',
      {},
      employerToken,
    );
    const first = own.data.myVacancies.items[0];
    template = {
      occupationUri: first.occupation.uri,
      essentialSkills: first.essentialSkills.map((s: { uri: string }) => s.uri),
    };
  }, 240_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end();
  });

  const vacancyInput = (word: string) => ({
    title: `Coördinator ${word}`,
    description: `Je regelt het werk van het team ${word} en helpt collega's elke dag verder.`,
    occupationUri: template.occupationUri,
    postcode: '2011 AB',
    essentialSkills: template.essentialSkills.slice(0, 3),
    nlqfLevel: 3,
    hoursMin: 24,
    hoursMax: 32,
    contractType: 'VAST',
    validThrough: '2099-12-31',
    application: { email: 'vacatures@example.nl' },
  });
  const profileFor = () => ({
    profile: {
      occupations: [{ occupationUri: template.occupationUri, years: 5 }],
      skills: template.essentialSkills,
      nlqfLevel: 3,
      postcode: '2011',
      travel: { mode: 'FIETS', maxMinutes: 30 },
      hoursMin: 24,
      hoursMax: 32,
    },
  });
  const found = async (on: Instance, id: string, word: string) => {
    const hits = (await on.gql(search, { q: word })).data?.vacancies.hits ?? [];
    return hits.some((h: { node: { id: string } }) => h.node.id === id);
  };
  const matched = async (on: Instance, id: string) => {
    const matches = (await on.gql(match, { p: profileFor() })).data?.matchVacancies.matches ?? [];
    return matches.some((m: { vacancy: { id: string } }) => m.vacancy.id === id);
  };

  it('finds a vacancy posted on A by search and by matching on B within 2 s', async () => {
    const word = `zeilmakerij${randomBytes(3).toString('hex')}`;
    const posted = await a.gql(post, { input: vacancyInput(word) }, employerToken);
    expect(posted.errors).toBeUndefined();
    const id = posted.data.postVacancy.id;
    const bySearch = await within(2000, () => found(b, id, word));
    const byMatching = await within(2000, () => matched(b, id));
    console.log(`  found on B: by search after ${bySearch} ms, by matching after ${byMatching} ms`);
    expect(bySearch).not.toBeNull();
    expect(byMatching).not.toBeNull();
    // B matched in its worker thread, which read the change feed on a connection of its own.
    const worker = await admin.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'werkbrug:b:match-worker'",
    );
    expect(worker.rows[0]!.n).toBeGreaterThan(0);
  });

  it('accepts on B a session started on A, and ends it on both', async () => {
    const token = (await a.gql(signIn, { e: 'adviseur@demo.werkbrug.nl' })).data.signIn.token;
    const viewer = '{ viewer { email role } }';
    expect((await b.gql(viewer, {}, token)).data.viewer).toEqual({
      email: 'adviseur@demo.werkbrug.nl',
      role: 'ADVISER',
    });
    await b.gql('mutation { signOut }', {}, token);
    expect((await a.gql(viewer, {}, token)).data.viewer).toBeNull();
  });

  it('slows down an account on B after failed sign-ins on A: the counts are in the database', async () => {
    const wrong = 'mutation($e: String!) { signIn(email: $e, password: "niet-het-goede-wachtwoord") { token } }';
    const email = 'werkzoekende2@demo.werkbrug.nl';
    for (let i = 0; i < 3; i++) {
      const failed = await a.gql(wrong, { e: email });
      expect(codeOf(failed)).toBe('BAD_USER_INPUT');
    }
    const refused = await b.gql(signIn, { e: email });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });

  it('keeps the scores shown on A in one scoring log that an admin reads on B', async () => {
    const adviser = (await a.gql(signIn, { e: 'adviseur@demo.werkbrug.nl' })).data.signIn.token;
    const person = (await a.gql('{ caseload(first: 1) { items { id } } }', {}, adviser)).data.caseload.items[0].id;
    const shown = await a.gql(
      'query($p: ID!) { matchVacancies(profileId: $p, first: 3) { matches { score vacancy { id } } } }',
      { p: person },
      adviser,
    );
    expect(shown.errors).toBeUndefined();
    const top = shown.data.matchVacancies.matches[0];
    const adminToken = (await b.gql(signIn, { e: 'beheer@demo.werkbrug.nl' })).data.signIn.token;
    const why =
      'query($p: ID!, $v: String!, $d: String!) { scoringLog(profileId: $p, targetId: $v, date: $d) { rank score } }';
    const day = new Date().toISOString().slice(0, 10);
    // The writer stores a request's entries within about 100 ms of the answer.
    const logged = await within(2000, async () => {
      const entries = (await b.gql(why, { p: person, v: top.vacancy.id, d: day }, adminToken)).data?.scoringLog ?? [];
      return entries.some((e: { rank: number; score: number }) => e.rank === 1 && e.score === top.score);
    });
    expect(logged).not.toBeNull();
  });

  it('loses nothing when the relaying instance is killed with kill -9 in the middle of a batch', async () => {
    // Which instance leads the relay: the one whose relay connection holds the advisory lock.
    const leaderName = async () =>
      (
        await admin.query<{ application_name: string }>(
          `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'werkbrug:%:relay'`,
        )
      ).rows.map((r) => r.application_name.split(':')[1]);
    expect(await within(5000, async () => (await leaderName()).length === 1)).not.toBeNull();
    const [name] = await leaderName();
    const leader = name === 'a' ? a : b;
    const survivor = name === 'a' ? b : a;

    // Hold the leader inside its batch: marking entries done waits for a lock this test holds.
    await admin.query('SELECT pg_advisory_lock(777)');
    await admin.query(`CREATE FUNCTION ${schema}.hold() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock(777); RETURN NEW; END $$`);
    await admin.query(
      `CREATE TRIGGER hold BEFORE UPDATE ON ${schema}.outbox FOR EACH ROW EXECUTE FUNCTION ${schema}.hold()`,
    );
    const words = Array.from({ length: 5 }, (_, i) => `kabelwerk${i}${randomBytes(3).toString('hex')}`);
    const ids: string[] = [];
    for (const word of words) {
      const posted = await leader.gql(post, { input: vacancyInput(word) }, employerToken);
      expect(posted.errors).toBeUndefined();
      ids.push(posted.data.postVacancy.id);
    }
    const waiting = await within(5000, async () => {
      const { rows } = await admin.query(
        `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = $1`,
        [`werkbrug:${name}`],
      );
      return rows.length > 0;
    });
    expect(waiting).not.toBeNull();
    leader.child.kill('SIGKILL');
    await new Promise((r) => leader.child.once('exit', r));
    await admin.query('SELECT pg_advisory_unlock(777)');
    await admin.query(`DROP TRIGGER hold ON ${schema}.outbox`);

    // The survivor takes over the relay and carries on.
    expect(await within(5000, async () => (await leaderName())[0] === survivor.name)).not.toBeNull();
    for (const [i, id] of ids.entries())
      expect(await within(2000, () => found(survivor, id, words[i]!))).not.toBeNull();
    const word = `doorzetter${randomBytes(3).toString('hex')}`;
    const after = await survivor.gql(post, { input: vacancyInput(word) }, employerToken);
    expect(await within(2000, () => found(survivor, after.data.postVacancy.id, word))).not.toBeNull();

    const adminToken = (await survivor.gql(signIn, { e: 'beheer@demo.werkbrug.nl' })).data.signIn.token;
    const settled = await within(5000, async () => {
      const s = (await survivor.gql(status, {}, adminToken)).data.searchIndexStatus;
      return s.pendingChanges === 0;
    });
    expect(settled).not.toBeNull();
    expect((await survivor.gql(status, {}, adminToken)).data.searchIndexStatus).toEqual({
      differences: 0,
      pendingChanges: 0,
      deadLetters: 0,
    });
  });
});
