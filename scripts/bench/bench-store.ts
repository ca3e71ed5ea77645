/**
 * The store operations that matter, on PostgreSQL (and SQLite for comparison) with a national-size
 * table: post a vacancy, close one, list an employer's vacancies and a page of open ones, read the
 * change feed, relay a batch, and erase a person. Prints p50/p95/p99 per operation.
 *   TEST_DATABASE_URL=postgres://... node --import tsx scripts/bench/bench-store.ts
 * BENCH_STORE_VACANCIES (1000000), BENCH_STORE_OPS per operation (300), BENCH_STORE=postgres,sqlite.
 * The table is bulk-loaded from the seed generator in chunks of 100,000 (its own ids per chunk) into a
 * fresh schema (PostgreSQL) or file (SQLite), which is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateDataset } from '@werkbrug/seed';
import { openStore, type OpenStore } from '@werkbrug/matching/store/open-store';
import { measure, ms } from './stats.ts';

const total = Number(process.env.BENCH_STORE_VACANCIES ?? 1_000_000);
const ops = Number(process.env.BENCH_STORE_OPS ?? 300);
const kinds = (process.env.BENCH_STORE ?? 'postgres,sqlite').split(',');
const url = process.env.TEST_DATABASE_URL;
const actor = { userId: 'usr_bench' };

async function load(store: OpenStore): Promise<{ employers: string[]; seconds: number }> {
  const started = performance.now();
  const employers = new Set<string>();
  const columns = [
    'id',
    'status',
    'employer_id',
    'sector',
    'municipality',
    'occupation_uri',
    'posted_at',
    'valid_through',
    'version',
    'updated_at',
    'body',
  ];
  for (let done = 0; done < total; done += 100_000) {
    const size = Math.min(100_000, total - done);
    const data = generateDataset({ vacancies: size, courses: 10, profiles: 200, seed: `store-${done}` });
    const rows = data.vacancies.map((v) => {
      const id = v.id.replace('vac_demo-', `vac_s${done / 100_000}-`);
      employers.add(v.employerId);
      const body = { ...v, id };
      return [
        id,
        v.status,
        v.employerId,
        v.sector,
        v.location.municipality,
        v.occupationUri,
        v.postedAt,
        v.validThrough,
        v.version,
        v.updatedAt,
        JSON.stringify(body),
      ];
    });
    await store.sql.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 500) {
        const part = rows.slice(i, i + 500);
        const values = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await tx.run(`INSERT INTO vacancies (${columns.join(', ')}) VALUES ${values}`, part.flat());
      }
    });
    process.stdout.write(`  loaded ${(done + size).toLocaleString('en')}\r`);
  }
  if (store.kind === 'postgres') await store.sql.run('ANALYZE vacancies');
  return { employers: [...employers], seconds: (performance.now() - started) / 1000 };
}

async function run(kind: string) {
  let store: OpenStore;
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    if (!url) {
      console.log('postgres: skipped, TEST_DATABASE_URL is not set');
      return;
    }
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const at = new URL(url);
    at.searchParams.set('options', `-c search_path=${schema}`);
    store = await openStore({ kind: 'postgres', url: at.toString() });
    cleanup = async () => {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'werkbrug-bench-store-'));
    store = await openStore({ kind: 'sqlite', path: join(dir, 'bench.sqlite') });
    cleanup = async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    const { employers, seconds } = await load(store);
    console.log(`\n${kind}: ${total.toLocaleString('en')} vacancies loaded in ${seconds.toFixed(0)} s`);
    const template = (await store.vacancies.list({}, { first: 1 })).items[0]!;
    const fresh = Array.from({ length: ops + 50 }, (_, i) => ({
      ...template,
      id: `vac_bench-${i}`,
      status: 'open' as const,
    }));
    const report = (label: string, s: { p50: number; p95: number; p99: number; n: number }) =>
      console.log(
        `  ${label.padEnd(40)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  (n=${s.n})`,
      );
    report('post (save a new vacancy + outbox + audit)', await measure(fresh, (v) => store.vacancies.save(v, actor)));
    report(
      'close (save it closed)',
      await measure(fresh, (v) => store.vacancies.save({ ...v, status: 'closed' }, actor)),
    );
    report(
      "list: an employer's own, first 20",
      await measure(employers.slice(0, ops + 50), (e) => store.vacancies.list({ employerId: e }, { first: 20 })),
    );
    let cursor: string | null = null;
    report(
      'list: open vacancies, next page of 50',
      await measure(Array.from({ length: ops + 50 }), async () => {
        const page = await store.vacancies.list({ status: 'open' }, { first: 50, after: cursor });
        cursor = page.endCursor;
      }),
    );
    report(
      'count open vacancies',
      await measure(Array.from({ length: 60 }), () => store.vacancies.count({ status: 'open' }), 10),
    );
    const head = await store.changes.head();
    report(
      'change feed: 500 changes since N',
      await measure(Array.from({ length: ops + 50 }), () => store.changes.since(Math.max(0, head - 600), 500)),
    );
    report(
      'relay bookkeeping: 200 pending, mark done',
      await measure(
        Array.from({ length: 4 }),
        async () => {
          const batch = await store.outbox.pending(200, new Date().toISOString());
          await store.outbox.markDone(
            batch.map((e) => e.id),
            new Date().toISOString(),
          );
        },
        0,
      ),
    );
    const people = generateDataset({
      vacancies: 10,
      courses: 10,
      profiles: Math.max(ops + 50, 300),
      seed: 'store-people',
    }).profiles;
    for (const p of people) await store.profiles.save(p, actor);
    report(
      'erase a person (profile, lists, audit, sessions)',
      await measure(people, (p) => store.profiles.erase(p.id, actor)),
    );
  } finally {
    await cleanup();
  }
}

console.log(`Store benchmark, Node ${process.version}`);
for (const kind of kinds) await run(kind);
