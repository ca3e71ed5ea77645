import { timingSafeEqual, createHash } from 'node:crypto';

/**
 * Who may read /metrics. Outside production anyone (it helps while developing); in production only a
 * scraper with `Authorization: Bearer <METRICS_TOKEN>`, and nobody when no token is configured: the
 * figures (routes, outbox lag, memory) are not for the public.
 */
export function metricsAccess(options: { production: boolean; token: string | undefined }) {
  const expected = options.token ? digest(options.token) : null;
  return (authorization: string | undefined): boolean => {
    if (!options.production) return true;
    if (!expected || !authorization?.startsWith('Bearer ')) return false;
    // Compared as digests, so the comparison takes the same time whatever the length sent.
    return timingSafeEqual(digest(authorization.slice(7).trim()), expected);
  };
}

const digest = (token: string) => createHash('sha256').update(token).digest();
