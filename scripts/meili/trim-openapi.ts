/**
 * Copies the part of Meilisearch's OpenAPI description that the adapter's request check needs into
 * the repository: the paths the adapter calls and every schema they reference, nothing else.
 *   npx tsx scripts/meili/trim-openapi.ts <meilisearch-openapi-X.json> <out.json>
 * The source is Meilisearch's own description (meilisearch/open-api, MIT); the copy keeps its info block.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [source, out] = process.argv.slice(2);
if (!source || !out) throw new Error('usage: trim-openapi.ts <source.json> <out.json>');
const spec = JSON.parse(readFileSync(source, 'utf8'));

/** Every path the adapter (meilisearch-index.ts, through the official client) can call. */
const paths = [
  '/health',
  '/indexes',
  '/indexes/{indexUid}',
  '/indexes/{indexUid}/settings',
  '/indexes/{indexUid}/documents',
  '/indexes/{indexUid}/documents/delete',
  '/indexes/{indexUid}/documents/fetch',
  '/indexes/{indexUid}/delete-batch',
  '/indexes/{indexUid}/search',
  '/indexes/{indexUid}/stats',
  '/tasks/{taskUid}',
  '/swap-indexes',
];

const kept: Record<string, unknown> = {};
const pending: string[] = [];
const collect = (node: unknown) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') pending.push(value.split('/').pop()!);
      else collect(value);
    }
  }
};
const trimmedPaths = Object.fromEntries(paths.map((p) => [p, spec.paths[p]]));
collect(trimmedPaths);
while (pending.length) {
  const name = pending.pop()!;
  if (kept[name]) continue;
  kept[name] = spec.components.schemas[name];
  collect(kept[name]);
}
const trimmed = {
  openapi: spec.openapi,
  info: spec.info,
  paths: trimmedPaths,
  components: { schemas: Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b))) },
};
writeFileSync(out, `${JSON.stringify(trimmed, null, 1)}\n`);
console.log(`${paths.length} paths and ${Object.keys(kept).length} schemas written to ${out}`);
