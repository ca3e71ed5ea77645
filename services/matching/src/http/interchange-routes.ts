import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { canImport } from '../auth/policy.ts';
import { tokenFromHeaders } from '../auth/sessions.ts';
import type { AppDeps } from '../application/app-deps.ts';
import type { UseCases } from '../application/use-cases.ts';
import { jobPostingContext, toJobPosting } from '../ingest/job-posting-export.ts';

/** An import file may be large (a job board's whole feed): far more than the API's 1 MiB. */
const importBodyLimit = 50 * 1024 * 1024;
const sourcePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{1,79}$/;

/**
 * Interchange over plain HTTP: the feed of all open vacancies as schema.org JobPosting JSON-LD (for job boards
 * and search engines), and the admins' imports of vacancies (JobPosting JSON-LD) and courses (OOAPI JSON), which
 * answer with the import report. Imports need an admin session; the body must be JSON (a cross-site form cannot
 * send that without the browser asking first, so no CSRF token is needed).
 */
export async function registerInterchange(app: FastifyInstance, deps: AppDeps, useCases: UseCases): Promise<void> {
  app.get('/feeds/vacatures.jsonld', async (_req, reply) => {
    const today = new Date().toISOString().slice(0, 10);
    const publicUrl = deps.config.PUBLIC_URL;
    async function* body() {
      yield `{"@context":${JSON.stringify(jobPostingContext(publicUrl))},"@graph":[`;
      let first = true;
      for await (const page of deps.store.vacancies.scan(500)) {
        for (const v of page) {
          if (v.status !== 'open' || v.validThrough < today) continue;
          const { '@context': _context, ...posting } = toJobPosting(v, deps.taxonomy, publicUrl);
          yield `${first ? '' : ','}\n${JSON.stringify(posting)}`;
          first = false;
        }
      }
      yield '\n]}\n';
    }
    return reply.type('application/ld+json; charset=utf-8').send(Readable.from(body()));
  });

  await app.register(async (scope) => {
    // JSON bodies are read here, so a broken file gets a plain Dutch answer instead of Fastify's English one.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      ['application/json', 'application/ld+json'],
      { parseAs: 'string', bodyLimit: importBodyLimit },
      (_req, body, done) => done(null, body),
    );
    for (const kind of ['vacancies', 'courses'] as const) {
      scope.post(`/import/${kind}`, { bodyLimit: importBodyLimit }, async (req, reply) => {
        const user = await deps.sessions.viewerFor(tokenFromHeaders(req.headers));
        if (!user) return reply.status(401).send({ error: 'Log eerst in als beheerder.' });
        if (!canImport(user)) return reply.status(403).send({ error: 'Alleen beheerders mogen gegevens inlezen.' });
        const source = (req.query as Record<string, string | undefined>).bron ?? '';
        if (!sourcePattern.test(source))
          return reply.status(400).send({
            error:
              'Zeg waar de gegevens vandaan komen met ?bron=..., bijvoorbeeld ?bron=werk.nl (letters, cijfers, punt, streepje).',
          });
        let file: unknown;
        try {
          file = JSON.parse(String(req.body ?? ''));
        } catch {
          return reply.status(400).send({ error: 'Het bestand is geen geldige JSON. Kijk of het volledig is.' });
        }
        const actor = { userId: user.id, requestId: String(req.id) };
        const report =
          kind === 'vacancies'
            ? await useCases.imports.vacancies(actor, file, source)
            : await useCases.imports.courses(actor, file, source);
        return reply.send(report);
      });
    }
  });
}
