import type { CombinedError } from 'urql';

/** A problem with one input field, as the API reports it in `extensions.fields`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The stable code of the first GraphQL error (BAD_USER_INPUT, NOT_FOUND, ...), if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions.code;
  return typeof code === 'string' ? code : undefined;
}

/** Field problems of the first error, one message per path (the API may repeat a path). */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  const raw = error?.graphQLErrors[0]?.extensions.fields;
  if (!Array.isArray(raw)) return [];
  const byPath = new Map<string, string>();
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as Record<string, unknown>;
    if (typeof path === 'string' && typeof message === 'string' && !byPath.has(path)) byPath.set(path, message);
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}

/** The dictionary's texts for errors: network trouble, the unknown, and general texts per API code. */
export interface ErrorTexts {
  network: string;
  unknown: string;
  /** Codes whose general text says it better than the API's specific one (see `t.apiErrors`). */
  byCode?: Readonly<Record<string, string>>;
}

/** Codes whose API message is specific to what happened (which field, how long to wait, what is gone). */
const specific = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_DISABLED']);

/**
 * What to tell the visitor, in the interface language. The API answers in the language the client
 * asks for (client.ts sends it), so a specific message can be shown as it is; for the other codes the
 * dictionary's general text is shown; no connection or a masked server error gets the general text.
 */
export function errorMessage(error: CombinedError, texts: ErrorTexts): { text: string; fromApi: boolean } {
  if (error.networkError) return { text: texts.network, fromApi: false };
  const code = errorCode(error);
  const first = error.graphQLErrors[0];
  if (code && texts.byCode?.[code]) return { text: texts.byCode[code], fromApi: false };
  if (first && code && specific.has(code)) return { text: first.message, fromApi: true };
  return { text: texts.unknown, fromApi: false };
}
