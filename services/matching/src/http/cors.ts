import type { CORSOptions } from 'graphql-yoga';

/**
 * CORS for /graphql: a grant only to the configured origins, and only to the origin that asks. With
 * none configured (the default: the web app is served from the service's own origin) no request from
 * another origin gets any CORS header, so a browser never hands it a response read with the cookie.
 * Yoga's own default would echo any Origin (even `null`) with credentials allowed.
 */
export function corsPolicy(allowed: readonly string[]): (request: Request) => CORSOptions {
  const origins = new Set(allowed);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'x-graphql-yoga-csrf', 'accept-language', 'authorization'],
      maxAge: 600,
    };
  };
}
