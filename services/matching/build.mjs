// Bundles the service into dist/ with esbuild. The workspace package @werkbrug/shared (TypeScript
// source) and the seed generator are bundled in; npm dependencies stay external and load from
// node_modules, better-sqlite3's native binding among them.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@werkbrug/'));

const entries = { server: 'src/server.ts', seed: 'src/cli/seed.ts', reindex: 'src/cli/reindex.ts', reconcile: 'src/cli/reconcile.ts' };
const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(new URL(file, import.meta.url))));

await build({
  entryPoints: present,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  // Bundled CommonJS dependencies (none today) would need require in ESM output.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`service bundled into services/matching/dist (${external.length} external packages)`);
