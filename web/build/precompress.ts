import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files worth compressing; source maps are left out (only developers fetch them). */
const compressible = /\.(js|css|html|svg|json|txt)$/;
/** Below this a compressed copy saves less than the extra request header costs. */
const minimumBytes = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

/** Writes `file.br` and `file.gz` beside a file; keeps only the copies that are really smaller. */
export async function precompressFile(file: string): Promise<{ br: number; gz: number } | null> {
  const content = await readFile(file);
  if (content.length < minimumBytes) return null;
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < content.length) await writeFile(`${file}.br`, br);
  if (gzipped.length < content.length) await writeFile(`${file}.gz`, gzipped);
  return { br: br.length, gz: gzipped.length };
}

/**
 * Compresses the built files once, at build time, at the highest settings (brotli 11, gzip 9): the
 * service then sends the smallest copy the browser accepts without compressing on every request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  let log: (message: string) => void = () => {};
  return {
    name: 'werkbrug:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((f) => compressible.test(f));
      const sizes = await Promise.all(
        files.map(async (f) => ({ f, raw: (await stat(f)).size, c: await precompressFile(f) })),
      );
      const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
      const br = sizes.reduce((sum, s) => sum + (s.c?.br ?? s.raw), 0);
      log(`precompressed ${files.length} files: ${Math.round(raw / 1024)} KB -> ${Math.round(br / 1024)} KB brotli`);
    },
  };
}
