import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Settings with a shape of their own, parsed here so env.ts stays a list. Each rule says why: these
 * two decide who may read the service with a person's cookie, and whose address a limit counts.
 */

const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const isAddressOrRange = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

/**
 * Which proxies to believe about the client address (X-Forwarded-For): a hop count, or the proxies'
 * addresses and ranges. `true` would believe any header, so anyone could pick their own address and
 * walk past the per-address limits: it is refused.
 */
export const trustProxy = z
  .string()
  .default('false')
  .transform((raw, ctx): false | number | string[] => {
    const value = raw.trim().toLowerCase();
    if (value === 'false' || value === '0' || value === 'no') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = list(raw);
    if (entries.length > 0 && entries.every(isAddressOrRange)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        'must be the number of proxies in front of the service (e.g. 1) or a comma-separated list of their addresses (e.g. 10.0.0.0/8); true is not accepted: it would trust any X-Forwarded-For header',
    });
    return z.NEVER;
  });

/**
 * Origins of web apps served from elsewhere that may call the API with the person's cookie. The web
 * app is served from the service's own origin, so the default is none: no CORS grant at all.
 */
export const corsOrigins = z
  .string()
  .default('')
  .transform((raw, ctx): string[] => {
    const origins: string[] = [];
    for (const entry of list(raw)) {
      let origin: string | null = null;
      try {
        const url = new URL(entry);
        if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, ''))
          origin = url.origin;
      } catch {
        origin = null;
      }
      if (origin) origins.push(origin);
      else
        ctx.addIssue({
          code: 'custom',
          message: `"${entry.slice(0, 60)}" is not an origin such as https://werkbrug.example.nl (scheme, host and port only; * and null are not accepted)`,
        });
    }
    return origins;
  });
