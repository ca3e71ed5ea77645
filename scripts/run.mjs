#!/usr/bin/env node
// The two commands of the quick start, usable on a fresh machine with only Node 20 and npm:
//   npm start  -> install, build the web app and the service, seed demo data on first start, serve on :4000
//                 (the demo bundle, dist/demo-server.js; dist/server.js is the production one, without demo data)
//   npm test   -> install, type-check, check import boundaries, format and lint, check the committed schema,
//                 run every test (unit, contract, HTTP, production bundle, quality, browser)
//   npm run dev -> install, then the service with reload and Vite's dev server
// Plain Node on purpose: it runs before any dependency is installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = ['npx', '--yes', 'pnpm@10.34.9'];

function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${[cmd, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
    child.on('error', reject);
  });
}

async function install() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`Werkbrug needs Node 20.19 or newer; this is ${process.version}.`);
  }
  // Frozen lockfile: the versions that were tested are the versions that run.
  await run(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

async function build() {
  await run(pnpm[0], [...pnpm.slice(1), '--filter', '@werkbrug/web', 'build']);
  await run(pnpm[0], [...pnpm.slice(1), '--filter', '@werkbrug/matching', 'build']);
}

const commands = {
  async start() {
    await install();
    await build();
    // Two malloc arenas, as in deploy/Dockerfile: see services/matching/src/heap-settings.ts.
    await run('node', ['services/matching/dist/demo-server.js'], {
      env: { WEB_DIST: join(root, 'web', 'dist'), MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
    });
  },
  async test() {
    await install();
    await run(pnpm[0], [...pnpm.slice(1), '-r', 'typecheck']);
    // The root scripts and the cross-package tests (tsconfig.tools.json).
    await run(pnpm[0], [...pnpm.slice(1), 'run', 'typecheck:tools']);
    // Import cycles and boundaries between the parts of the repository (.dependency-cruiser.cjs).
    await run(pnpm[0], [...pnpm.slice(1), 'run', 'check:deps']);
    // Biome (biome.jsonc): formatting and lint of the whole repository, zero findings.
    await run(pnpm[0], [...pnpm.slice(1), 'run', 'lint']);
    // The web app's GraphQL types must match the committed schema (the schema itself is checked by a test).
    await run(pnpm[0], [...pnpm.slice(1), '--filter', '@werkbrug/web', 'codegen:check']);
    // The browser tests drive the built app, so build it first.
    await build();
    const vitest = join(root, 'node_modules', '.bin', 'vitest');
    await run(vitest, ['run', '--exclude', 'test/e2e/**']);
    // The browser tests last and alone: they time as-you-type search, which other suites running on
    // the same two cores would only blur.
    await run(vitest, ['run', 'test/e2e']);
  },
  async dev() {
    await install();
    await Promise.all([
      run(pnpm[0], [...pnpm.slice(1), '--filter', '@werkbrug/matching', 'dev']),
      run(pnpm[0], [...pnpm.slice(1), '--filter', '@werkbrug/web', 'dev']),
    ]);
  },
};

const name = process.argv[2];
if (!name || !(name in commands)) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
if (!existsSync(join(root, 'pnpm-lock.yaml')))
  console.warn('warning: pnpm-lock.yaml is missing; install will fail with --frozen-lockfile');
commands[name]().catch((err) => {
  console.error(`\n${err.message}`);
  process.exit(1);
});
