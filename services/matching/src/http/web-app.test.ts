import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';
import { immutableCache, revalidate } from './web-app.ts';

/** A built web app as Vite and the precompress step leave it: hashed assets, each with .br and .gz. */
function writeWebDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'werkbrug-web-'));
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="nl"><title>Werkbrug</title>${'<!-- padding -->'.repeat(100)}</html>`,
    'assets/index-AbC123.js': `console.log(${JSON.stringify('werkbrug '.repeat(300))});`,
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dist, name), text);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = writeWebDist();
  t = await startTestApp({ WEB_DIST: dist });
}, 120_000);
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('serving the web app', () => {
  it('sends a hashed script as brotli when the browser accepts it, cached for a year as immutable', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(immutableCache);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('console.log("werkbrug werkbrug');
  });

  it('falls back to gzip, and to the plain file for a browser that accepts neither', async () => {
    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('console.log(');
    const plain = await get('/assets/index-AbC123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log(');
    expect(plain.headers['cache-control']).toBe(immutableCache);
  });

  it('makes the browser check index.html every time, so a new release shows at once', async () => {
    const res = await get('/', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(revalidate);
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('<title>Werkbrug</title>');
  });

  it('answers a page address of the app with index.html, compressed and not cached', async () => {
    const res = await get('/mijn/profiel', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(revalidate);
    expect(gunzipSync(res.rawPayload).toString()).toContain('<title>Werkbrug</title>');
  });

  it('revalidates files without a hash in their name, and gives a missing script a 404', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe(revalidate);
    const missing = await get('/assets/gone-123.js', { accept: '*/*' });
    expect(missing.statusCode).toBe(404);
  });
});
