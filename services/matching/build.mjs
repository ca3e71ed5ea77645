// Bundles the service into dist/ with esbuild, one self-contained file per entry:
//   server.js       production: no seeder, so no demo data generator and no demo password
//   demo-server.js  the same server with the regional demo data (npm start, browser tests)
//   match-worker.js the matching worker thread both servers start (workers/match-pool.ts)
//   seed.js, reindex.js, reconcile.js  the CLIs (only seed.js holds the generator)
// The workspace packages (@werkbrug/*, TypeScript source) are bundled in; npm dependencies stay
// external and load from node_modules, better-sqlite3's native binding among them.
// `node build.mjs --outdir=DIR` writes elsewhere (the production-bundle test builds into a temp folder).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@werkbrug/'));
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const entries = {
  server: 'src/server.ts',
  'demo-server': 'src/demo-server.ts',
  'match-worker': 'src/workers/match-worker.ts',
  seed: 'src/cli/seed.ts',
  reindex: 'src/cli/reindex.ts',
  reconcile: 'src/cli/reconcile.ts',
};
const present = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(new URL(file, import.meta.url))),
);

// The taxonomy data (several MB of JSON) as JSON.parse of a string rather than an object literal: V8
// parses it several times faster and keeps no literal boilerplate beside the objects (measured: see
// docs/benchmarks.md, start-up and memory).
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

await build({
  plugins: [jsonAsParse],
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: present,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  // Bundled CommonJS dependencies (none today) would need require in ESM output.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`service bundled into ${outdir} (${external.length} external packages)`);
