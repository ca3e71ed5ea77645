/**
 * Prints the GraphQL schema to services/matching/schema.graphql, the committed artifact the web app's
 * types are generated from. `--check` exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '@werkbrug/matching/schema';

const target = join(import.meta.dirname, '../services/matching/schema.graphql');
const printed = `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== printed) {
    console.error('services/matching/schema.graphql is stale: run `pnpm schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
