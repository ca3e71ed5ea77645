import { describe, expect, it } from 'vitest';
import type { SignInFailureRepository } from '../store/ports.ts';
import { createMailLimit } from './mail-limit.ts';

/** The port as the SQL store keeps it: timestamped rows per key. */
function memoryRepo(): SignInFailureRepository & { keys(): string[] } {
  const rows: { key: string; at: string }[] = [];
  return {
    async recent(key, since) {
      const mine = rows.filter((r) => r.key === key && r.at >= since);
      return { count: mine.length, lastAt: mine.at(-1)?.at ?? null };
    },
    async record(keys, at) {
      for (const key of keys) rows.push({ key, at });
    },
    async clear(key) {
      for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.key === key) rows.splice(i, 1);
    },
    async prune(before) {
      const n = rows.length;
      for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.at < before) rows.splice(i, 1);
      return n - rows.length;
    },
    keys: () => [...new Set(rows.map((r) => r.key))],
  };
}

describe('the limit on mails sent on request', () => {
  it('counts every request per e-mail address and refuses past the limit until the window has passed', async () => {
    let now = Date.parse('2026-12-04T09:00:00Z');
    const repo = memoryRepo();
    const take = createMailLimit(repo, { perEmail: 3, perAddress: 100, now: () => now });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await take('Iemand@Example.nl ', '10.0.0.1'));
    expect(answers).toEqual([true, true, true, false]);
    // Another address to the same mailbox is refused too: the limit protects the mailbox.
    expect(await take('iemand@example.nl', '10.0.0.2')).toBe(false);
    now += 15 * 60_000 + 1;
    expect(await take('iemand@example.nl', '10.0.0.1')).toBe(true);
  });

  it('limits one caller address across mailboxes, and keeps only hashes', async () => {
    const repo = memoryRepo();
    const take = createMailLimit(repo, { perEmail: 10, perAddress: 2 });
    expect(await take('a@example.nl', '10.0.0.9')).toBe(true);
    expect(await take('b@example.nl', '10.0.0.9')).toBe(true);
    expect(await take('c@example.nl', '10.0.0.9')).toBe(false);
    expect(await take('c@example.nl', '10.0.0.8')).toBe(true);
    expect(repo.keys().join(' ')).not.toMatch(/example|10\.0\.0/);
  });
});
