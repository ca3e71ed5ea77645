/** A small GraphQL-over-HTTP client: the harness's only way to the product. */

export interface GraphqlClient {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  withToken(token: string): GraphqlClient;
  readonly baseUrl: string;
}

export class GraphqlError extends Error {
  constructor(
    message: string,
    readonly errors: unknown,
  ) {
    super(message);
  }
}

export function graphqlClient(baseUrl: string, token?: string): GraphqlClient {
  return {
    baseUrl,
    withToken: (t) => graphqlClient(baseUrl, t),
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: { data?: T; errors?: { message: string }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new GraphqlError(`HTTP ${response.status}: ${text.slice(0, 300)}`, text);
      }
      if (body.errors?.length) throw new GraphqlError(body.errors.map((e) => e.message).join('; '), body.errors);
      if (!body.data) throw new GraphqlError(`HTTP ${response.status} without data`, body);
      return body.data;
    },
  };
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  });
  await Promise.all(workers);
  return results;
}
