import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashToken } from './sessions.ts';

/**
 * Two kinds of token that mails carry. One-time tokens (confirm an address, reset a password, accept
 * an invitation) are random; only their hash is stored, so a copy of the database opens nothing.
 * Signed tokens (unsubscribe from an alert) are not stored at all: they name a record and carry an
 * HMAC made with TOKEN_SECRET, so a link keeps working without signing in and cannot be made up.
 */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export { hashToken };

const mac = (secret: string, purpose: string, value: string) =>
  createHmac('sha256', secret).update(`${purpose}\n${value}`).digest('base64url');

/** `<value>.<mac>`; the purpose keeps a token for one use from being accepted for another. */
export function signValue(secret: string, purpose: string, value: string): string {
  return `${Buffer.from(value, 'utf8').toString('base64url')}.${mac(secret, purpose, value)}`;
}

/** The signed value, or null when the token was changed, made for another purpose, or malformed. */
export function verifySignedValue(secret: string, purpose: string, token: string): string | null {
  const [encoded, given, extra] = token.split('.');
  if (!encoded || !given || extra !== undefined || token.length > 500) return null;
  const value = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, purpose, value));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? value : null;
}
