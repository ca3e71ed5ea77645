import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { languageOf, type Lang } from '@werkbrug/shared/i18n/language';
import { inLanguage } from '@werkbrug/shared/i18n/translate';
import type { FieldProblem } from '../errors.ts';
import { classifyForeign, generalMessage, ownCodes, type ApiError } from './api-errors.ts';

/**
 * The last step before an answer leaves: every error gets a code and a message in the language the
 * request asked for (Accept-Language; the web app sends the visitor's choice), messages and field
 * lists are capped, and nothing of graphql-js's English, with its echo of the input, gets through.
 */
const maxMessage = 300;
const maxFields = 30;

const cap = (text: string, max = maxMessage) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function ownFields(raw: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.slice(0, maxFields).map((f: { path?: unknown; message?: unknown }) => ({
    path: cap(String(f?.path ?? ''), 100),
    message: cap(String(f?.message ?? 'Dit klopt niet.')),
  }));
}

function read(error: GraphQLError): ApiError & { extra: Record<string, unknown> } {
  const { code, fields, http: _http, unexpected: _unexpected, ...extra } = error.extensions ?? {};
  if (typeof code === 'string' && ownCodes.has(code)) {
    return { code, message: cap(error.message), fields: ownFields(fields), extra };
  }
  return { ...classifyForeign(error.message, typeof code === 'string' ? code : undefined), extra: {} };
}

export function localiseError(error: GraphQLError, lang: Lang): GraphQLError {
  const api = read(error);
  const fallback = inLanguage('en', generalMessage(api.code), 'Something went wrong.');
  const http = api.status ? { status: api.status } : error.extensions?.http;
  return new GraphQLError(inLanguage(lang, api.message, fallback), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    // Kept so Yoga still tells its own errors from unexpected ones when it picks the HTTP status.
    originalError: error.originalError,
    extensions: {
      ...api.extra,
      code: api.code,
      ...(api.limit ? { limit: api.limit } : {}),
      ...(api.fields
        ? { fields: api.fields.map((f) => ({ ...f, message: inLanguage(lang, f.message, 'This is not correct.') })) }
        : {}),
      ...(http ? { http } : {}),
      ...(error.extensions?.unexpected ? { unexpected: true } : {}),
    },
  });
}

export function useLocalisedErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const lang = languageOf(request.headers.get('accept-language'));
      const single = result as ExecutionResult;
      setResult({ ...single, errors: single.errors!.map((e) => localiseError(e, lang)) });
    },
    onResponse({ request, response }) {
      response.headers.set('content-language', languageOf(request.headers.get('accept-language')));
      response.headers.append('vary', 'accept-language');
    },
  };
}
