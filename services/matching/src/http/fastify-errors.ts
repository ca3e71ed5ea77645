import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { languageOf } from '@werkbrug/shared/i18n/language';
import { inLanguage } from '@werkbrug/shared/i18n/translate';

/**
 * Answers Fastify gives before GraphQL runs (a body that is too large or not JSON, too many requests,
 * an unknown path, a crash) in the same shape and languages as GraphQL errors: a code and a message
 * in Dutch or English, never Fastify's English text.
 */
interface Problem {
  status: number;
  code: string;
  message: string;
}

function problemFor(error: FastifyError): Problem {
  const status = error.statusCode ?? 500;
  if (status === 413) return { status, code: 'REQUEST_TOO_LARGE', message: 'Dit verzoek is te groot.' };
  if (status === 429)
    return {
      status,
      code: 'RATE_LIMITED',
      message: 'Je stuurt te veel verzoeken. Wacht een minuut en probeer het dan opnieuw.',
    };
  if (status >= 400 && status < 500)
    return { status, code: 'BAD_REQUEST', message: 'Dit verzoek kunnen we niet lezen.' };
  return {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Er ging iets mis bij Werkbrug. Probeer het later opnieuw.',
  };
}

export function sendProblem(request: FastifyRequest, problem: Problem) {
  const lang = languageOf(request.headers['accept-language']);
  const message = inLanguage(lang, problem.message, 'Something went wrong.');
  const body = request.url.startsWith('/graphql')
    ? { errors: [{ message, extensions: { code: problem.code } }] }
    : { error: message, code: problem.code };
  return { status: problem.status, body, lang };
}

export function registerErrorAnswers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFor(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    const { status, body, lang } = sendProblem(request, problem);
    return reply.status(status).header('content-language', lang).send(body);
  });
}

/** The answer for a path that does not exist. */
export function notFoundAnswer(request: FastifyRequest) {
  return sendProblem(request, { status: 404, code: 'NOT_FOUND', message: 'Niet gevonden.' });
}
