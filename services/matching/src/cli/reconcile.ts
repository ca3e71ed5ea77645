import { loadConfigOrExit } from '../env.ts';
import { createRuntime } from '../composition.ts';
import { reconcile } from '../indexer/reconcile.ts';

/**
 * `pnpm reconcile`: lists every difference between the store of record and the search index and
 * exits 1 when there is any. Most useful against Meilisearch, which outlives the service; the running
 * service reports the same for its embedded index through the admin query `searchIndexStatus`.
 */
const config = loadConfigOrExit({ ...process.env, SEED_ON_START: 'false' });
const runtime = await createRuntime(config, () => {}, { startRelay: false });
await runtime.relay.drain();
const differences = await reconcile(runtime.store, runtime.search);
for (const d of differences.slice(0, 200))
  console.log(`${d.kind} ${d.id}: ${d.problem} (store ${d.storeVersion ?? '-'}, index ${d.indexVersion ?? '-'})`);
console.log(`${differences.length} difference(s) between store and ${runtime.search.engine} index.`);
await runtime.close();
process.exit(differences.length === 0 ? 0 : 1);
