import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Builds the service as `npm start` does (build.mjs), into a temporary folder, and reads the bundles.
const serviceDir = fileURLToPath(new URL('..', import.meta.url));
let outdir: string;
const bundle = (name: string) => readFileSync(join(outdir, `${name}.js`), 'utf8');
// esbuild names every bundled module in a comment; the generator is the seed package's generate.ts.
const seedGenerator = 'packages/seed/src/generate.ts';

describe('the production bundle', () => {
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'werkbrug-bundle-'));
    execFileSync(process.execPath, ['build.mjs', `--outdir=${outdir}`], { cwd: serviceDir, stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('holds no demo password and no seed generator', () => {
    const server = bundle('server');
    expect(server).not.toContain('werkbrug-demo');
    expect(server).not.toContain(seedGenerator);
    expect(server).not.toContain('generateDataset');
    expect(server).not.toContain('@demo.werkbrug.nl');
  });

  it('while the demo bundle that npm start runs holds both (so the markers above are real)', () => {
    const demo = bundle('demo-server');
    expect(demo).toContain('werkbrug-demo');
    expect(demo).toContain(seedGenerator);
  });
});
