import type { StoredUser } from '../ports.ts';
import { expect, it } from 'vitest';
import { actor, type StoreHarness } from './harness.ts';

const user = (n: number, demo = false): StoredUser => ({
  id: `usr_test-${n}`,
  email: `persoon${n}@voorbeeld.nl`,
  name: `Persoon ${n}`,
  role: 'adviser',
  profileId: null,
  employerId: null,
  demo,
  passwordHash: `hash-${n}`,
});

/** Accounts and sessions: sessions live in the store, so every instance sees every sign-in. */
export function accountCases(h: StoreHarness) {
  it('saves accounts, finds them by email (trimmed, any case) and never hands out the hash by id', async () => {
    const store = await h.open();
    expect(await store.users.save(user(1), actor)).not.toHaveProperty('passwordHash');
    await store.users.save(user(2, true), actor);
    expect(await store.users.findByEmail('  PERSOON1@voorbeeld.nl ')).toMatchObject({
      id: 'usr_test-1',
      passwordHash: 'hash-1',
      demo: false,
    });
    expect(await store.users.get('usr_test-2')).toEqual({
      id: 'usr_test-2',
      email: 'persoon2@voorbeeld.nl',
      name: 'Persoon 2',
      role: 'adviser',
      profileId: null,
      employerId: null,
      demo: true,
    });
    await store.users.save({ ...user(1), name: 'Andere naam' }, actor);
    expect((await store.users.get('usr_test-1'))!.name).toBe('Andere naam');
    expect(await store.users.count()).toBe(2);
    expect(await store.users.countDemo()).toBe(1);
    expect(await store.users.findByEmail('niemand@voorbeeld.nl')).toBeNull();
  });

  it('keeps sessions until they are deleted or expire, and shares them between instances', async () => {
    const store = await h.open();
    await store.users.save(user(1), actor);
    await store.sessions.create('hash-a', 'usr_test-1', '2099-01-01T00:00:00.000Z');
    await store.sessions.create('hash-b', 'usr_test-1', '2001-01-01T00:00:00.000Z');
    const other = await h.openAnother(store);
    expect(await other.sessions.find('hash-a')).toEqual({
      userId: 'usr_test-1',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(await other.sessions.deleteExpired(new Date().toISOString())).toBe(1);
    expect(await store.sessions.find('hash-b')).toBeNull();
    await store.sessions.delete('hash-a');
    expect(await other.sessions.find('hash-a')).toBeNull();
  });
}
