import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { notFoundAnswer } from './fastify-errors.ts';

/**
 * Vite names every built script, style and image after a hash of its content (`assets/index-Ch8z.js`),
 * so a changed file gets a new name: browsers may keep these for a year without asking again.
 * Everything else (index.html, the favicon) is checked with the server on every use (`no-cache`
 * still lets the browser reuse its copy when the ETag matches), so a new release shows at once.
 */
export const immutableCache = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

/** The Cache-Control header for a file under the built app's `root`. */
export function cacheControlFor(root: string, file: string): string {
  return relative(root, file).split(sep)[0] === 'assets' ? immutableCache : revalidate;
}

/**
 * Serves the built web app: the brotli or gzip copy the build wrote beside each file when the browser
 * accepts it (`preCompressed`, so nothing is compressed per request), with the cache headers above,
 * and index.html for every other page address so client-side routes survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const root = webDist ?? join(process.cwd(), 'web', 'dist');
  const built = existsSync(join(root, 'index.html'));
  // An unknown path: a page of the app (index.html), or a 404 with a code, in the asked language.
  app.setNotFoundHandler((req, reply) => {
    if (
      built &&
      req.method === 'GET' &&
      !req.url.startsWith('/graphql') &&
      (req.headers.accept ?? '').includes('text/html')
    )
      return reply.sendFile('index.html');
    const { status, body } = notFoundAnswer(req);
    return reply.status(status).send(body);
  });
  if (!built) {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><html lang="nl"><title>Werkbrug</title><p>De webapp is nog niet gebouwd. De API staat op <a href="/graphql">/graphql</a>.</p></html>',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => reply.header('cache-control', cacheControlFor(root, file)),
  });
}
