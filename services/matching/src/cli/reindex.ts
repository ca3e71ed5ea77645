import { loadConfigOrExit } from '../env.ts';
import { createRuntime } from '../composition.ts';
import { rebuildIndex } from '../indexer/rebuild.ts';

/**
 * `pnpm reindex`: rebuilds the search index from the store of record (with Meilisearch: into a new
 * index, then swapped in). The embedded engine is rebuilt at every start anyway.
 */
const config = loadConfigOrExit({ ...process.env, SEED_ON_START: 'false' });
const runtime = await createRuntime(config, (msg) => console.log(msg), { startRelay: false });
const started = Date.now();
const result = await rebuildIndex(runtime.store, runtime.search);
if (runtime.search.engine === 'embedded')
  await runtime.store.outbox.markDoneUpTo(result.watermark, new Date().toISOString());
console.log(
  `Rebuilt the ${runtime.search.engine} index: ${result.vacancies} vacancies, ${result.courses} courses in ${Date.now() - started} ms.`,
);
await runtime.close();
