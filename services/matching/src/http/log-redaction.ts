/**
 * What a request log line may say about the URL: the path without its query string (a GET query can
 * hold a profile id, an alias, a search), and with every id-like or token-like segment replaced, so
 * `/adviseur/mensen/prf_x7Yq…` is logged as `/adviseur/mensen/:id`. No personal id reaches the logs.
 */
const idLike = /^[a-z]{2,4}_[A-Za-z0-9_-]{2,}$/;
const tokenLike = /^[A-Za-z0-9_~%-]{16,}$/;

export function redactUrl(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path
    .split('/')
    .map((segment) => {
      if (segment === '') return segment;
      if (idLike.test(segment) || segment.includes('@') || segment.includes('%40')) return ':id';
      if (tokenLike.test(segment) && /\d/.test(segment)) return ':token';
      return segment.length > 60 ? ':long' : segment;
    })
    .join('/');
}

/** Fastify's request serializer: method and redacted path; no address, host or headers. */
export const requestSerializer = (req: { method: string; url: string }) => ({
  method: req.method,
  url: redactUrl(req.url),
});
