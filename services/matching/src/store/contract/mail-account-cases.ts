import { expect, it } from 'vitest';
import type { AccountToken, StoredUser } from '../ports.ts';
import { actor, type StoreHarness } from './harness.ts';

const user: StoredUser = {
  id: 'usr_test-1',
  email: 'persoon1@voorbeeld.nl',
  name: 'Persoon 1',
  role: 'jobseeker',
  profileId: null,
  employerId: null,
  demo: false,
  passwordHash: 'hash-1',
};

const token = (hash: string, over: Partial<AccountToken> = {}): AccountToken => ({
  hash,
  kind: 'confirm-email',
  userId: 'usr_test-1',
  email: 'persoon1@voorbeeld.nl',
  profileId: null,
  invitedBy: null,
  expiresAt: '2099-01-01T00:00:00.000Z',
  createdAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

/** Accounts by mail (issue 13): the confirmed flag, one-time tokens, ending every session of a user. */
export function mailAccountCases(h: StoreHarness) {
  it('keeps whether an address is confirmed; accounts saved without the flag count as confirmed', async () => {
    const store = await h.open();
    await store.users.save({ ...user, emailConfirmed: false }, actor);
    expect(await store.users.findByEmail(user.email)).toMatchObject({ emailConfirmed: false });
    expect(await store.users.get(user.id)).not.toHaveProperty('emailConfirmed');
    await store.users.save({ ...user, emailConfirmed: true }, actor);
    expect(await store.users.findByEmail(user.email)).toMatchObject({ emailConfirmed: true });
    await store.users.save({ ...user, id: 'usr_test-2', email: 'twee@voorbeeld.nl' }, actor);
    expect(await store.users.findByEmail('twee@voorbeeld.nl')).toMatchObject({ emailConfirmed: true });
  });

  it('hands a token out once, only before it expires; a newer link of the same kind replaces the older', async () => {
    const store = await h.open();
    await store.users.save(user, actor);
    await store.accountTokens.create(token('hash-old'), actor);
    await store.accountTokens.create(token('hash-new'), actor);
    await store.accountTokens.create(token('hash-reset', { kind: 'reset-password' }), actor);
    const now = '2026-12-04T10:00:00.000Z';
    expect(await store.accountTokens.consume('hash-old', 'confirm-email', now)).toBeNull();
    // The wrong kind does not take it.
    expect(await store.accountTokens.consume('hash-new', 'reset-password', now)).toBeNull();
    const other = await h.openAnother(store);
    const [a, b] = await Promise.all([
      store.accountTokens.consume('hash-new', 'confirm-email', now),
      other.accountTokens.consume('hash-new', 'confirm-email', now),
    ]);
    expect([a, b].filter((t) => t !== null)).toEqual([token('hash-new')]);
    expect(await store.accountTokens.consume('hash-reset', 'reset-password', now)).toMatchObject({
      kind: 'reset-password',
      userId: 'usr_test-1',
    });

    await store.accountTokens.create(token('hash-late', { expiresAt: '2026-12-01T11:00:00.000Z' }), actor);
    expect(await store.accountTokens.consume('hash-late', 'confirm-email', now)).toBeNull();
    await store.accountTokens.create(
      token('hash-invite', { kind: 'invite', userId: null, profileId: 'pro_test-1', invitedBy: 'usr_test-adv' }),
      actor,
    );
    await store.accountTokens.create(token('hash-expired', { expiresAt: '2001-01-01T00:00:00.000Z' }), actor);
    expect(await store.accountTokens.deleteExpired(now)).toBe(1);
    expect(await store.accountTokens.consume('hash-invite', 'invite', now)).toMatchObject({
      profileId: 'pro_test-1',
      invitedBy: 'usr_test-adv',
      userId: null,
    });
    // The audit names the account or the profile, never the address.
    expect(JSON.stringify(await h.rows(store, 'audit_log'))).not.toContain('voorbeeld.nl');
  });

  it('ends every session of one user', async () => {
    const store = await h.open();
    await store.users.save(user, actor);
    await store.users.save({ ...user, id: 'usr_test-2', email: 'twee@voorbeeld.nl' }, actor);
    await store.sessions.create('hash-a', 'usr_test-1', '2099-01-01T00:00:00.000Z');
    await store.sessions.create('hash-b', 'usr_test-1', '2099-01-01T00:00:00.000Z');
    await store.sessions.create('hash-c', 'usr_test-2', '2099-01-01T00:00:00.000Z');
    await store.sessions.deleteForUser('usr_test-1');
    expect(await store.sessions.find('hash-a')).toBeNull();
    expect(await store.sessions.find('hash-b')).toBeNull();
    expect(await store.sessions.find('hash-c')).not.toBeNull();
  });
}
