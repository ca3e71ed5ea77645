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

/**
 * What to tell the visitor. Expected errors carry a plain-Dutch message meant for people; anything
 * else (no connection, a masked server error) gets a general text from the dictionary.
 */
export function errorMessage(
  error: CombinedError,
  fallback: { network: string; unknown: string },
): { text: string; fromApi: boolean } {
  if (error.networkError) return { text: fallback.network, fromApi: false };
  const first = error.graphQLErrors[0];
  if (first && errorCode(error) && errorCode(error) !== 'INTERNAL_SERVER_ERROR')
    return { text: first.message, fromApi: true };
  return { text: fallback.unknown, fromApi: false };
}
