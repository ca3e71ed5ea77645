import { describe, expect, it } from 'vitest';
import { hashToken, newOneTimeToken, signValue, verifySignedValue } from './tokens.ts';

describe('mail tokens', () => {
  it('stores only the hash of a one-time token', () => {
    const { token, hash } = newOneTimeToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
  });

  it('accepts a signed value only unchanged, with the same secret and for the same purpose', () => {
    const secret = 'x'.repeat(32);
    const token = signValue(secret, 'unsubscribe', 'zoek_abc123');
    expect(verifySignedValue(secret, 'unsubscribe', token)).toBe('zoek_abc123');
    expect(verifySignedValue('y'.repeat(32), 'unsubscribe', token)).toBeNull();
    expect(verifySignedValue(secret, 'other', token)).toBeNull();
    const [value, sig] = token.split('.');
    const forged = `${Buffer.from('zoek_other1', 'utf8').toString('base64url')}.${sig}`;
    expect(verifySignedValue(secret, 'unsubscribe', forged)).toBeNull();
    expect(verifySignedValue(secret, 'unsubscribe', `${value}.${sig}x`)).toBeNull();
    expect(verifySignedValue(secret, 'unsubscribe', 'nonsense')).toBeNull();
  });
});
