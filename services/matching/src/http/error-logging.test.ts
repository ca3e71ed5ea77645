import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/** An unexpected failure inside a resolver: logged once with the request id, masked for the client. */
let t: TestApp;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => {
    for (const line of String(chunk).split('\n'))
      if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream: stream });
}, 120_000);
afterAll(() => t?.close());

describe('an unexpected error in a resolver', () => {
  it('is logged once at error level with the request id, and the client sees only a masked message', async () => {
    const id = (await t.runtime.store.vacancies.list({}, { first: 1 })).items[0]!.id;
    const failing = vi
      .spyOn(t.runtime.store.vacancies, 'get')
      .mockRejectedValue(new Error('disk on fire at /var/lib/werkbrug'));
    const before = lines.length;
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: 'query($id: ID!) { vacancy(id: $id) { id } }', variables: { id } },
      });
      const body = res.json() as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      expect(body.errors?.map((e) => e.message)).toEqual(['Er ging iets mis bij Werkbrug. Probeer het later opnieuw.']);
      expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.body).not.toContain('disk on fire');
      expect(res.body).not.toMatch(/stack|\.ts:\d+/);

      await new Promise((resolve) => setImmediate(resolve));
      const mine = lines.slice(before);
      const errors = mine.filter((l) => (l.level as number) >= 50);
      expect(errors).toHaveLength(1);
      const completed = mine.find((l) => l.msg === 'request completed');
      expect(errors[0]!.reqId).toBeTruthy();
      expect(errors[0]!.reqId).toBe(completed?.reqId);
      expect(JSON.stringify(errors[0])).toContain('disk on fire');
    } finally {
      failing.mockRestore();
    }
  });
});
