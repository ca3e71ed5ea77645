// Bundles the service into dist/ with esbuild, one self-contained file per entry:
//   server.js       production: no seeder, so no demo data generator and no demo password
//   demo-server.js  the same server with the regional demo data (npm start, browser tests)
//   match-worker.js the matching worker thread both servers start (workers/match-pool.ts)
//   seed.js, reindex.js, reconcile.js  the CLIs (only seed.js holds the generator)
// The workspace packages (@werkbrug/*, TypeScript source) are bundled in, their larger data files
// copied into dist/data/; npm dependencies stay
// external and load from node_modules, better-sqlite3's native binding among them.
// `node build.mjs --outdir=DIR` writes elsewhere (the production-bundle test builds into a temp folder).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

// Data files (the taxonomy is several MB of JSON) are copied beside the bundles into data/ and read
// with readFileSync + JSON.parse when the bundle loads. Inlined as a string literal, the text stayed
// alive for the life of every thread that loads the bundle, twice: as an internalized string constant
// and as part of the script source V8 keeps for lazy compilation (about 30 MB per thread; measured:
// docs/benchmarks.md, start-up and memory). Read from a file, the text is garbage once parsed.
// Small files (under 16 KB) stay inline: not worth a file each.
const inlineBelow = 16 * 1024;
const dataFiles = new Map(); // name in data/ -> source path
const jsonAsData = {
  name: 'json-as-data',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < inlineBelow)
        return {
          contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
          loader: 'js',
        };
      const name = basename(args.path);
      if (dataFiles.has(name) && dataFiles.get(name) !== args.path)
        throw new Error(`two data files named ${name}: ${dataFiles.get(name)} and ${args.path}`);
      dataFiles.set(name, args.path);
      return {
        contents: `import { readFileSync } from 'node:fs';
export default JSON.parse(readFileSync(new URL(${JSON.stringify(`./data/${name}`)}, import.meta.url), 'utf8'));`,
        loader: 'js',
      };
    });
  },
};

await build({
  plugins: [jsonAsData],
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
mkdirSync(join(outdir, 'data'), { recursive: true });
for (const [name, path] of dataFiles) copyFileSync(path, join(outdir, 'data', name));
console.log(`service bundled into ${outdir} (${external.length} external packages)`);
