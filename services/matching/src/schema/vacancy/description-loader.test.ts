import { describe, expect, it } from 'vitest';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { descriptionLoader } from './description-loader.ts';

describe('descriptionLoader', () => {
  const stored = (id: string) => ({ id, description: `tekst van ${id}` }) as Vacancy;

  it('reads the descriptions asked in one tick with one getMany, each id once per request', async () => {
    const calls: string[][] = [];
    const load = descriptionLoader({
      getMany: async (ids) => {
        calls.push([...ids]);
        return ids.filter((id) => id !== 'gone').map(stored);
      },
    });
    const got = await Promise.all(['a', 'b', 'a', 'gone'].map(load));
    expect(got).toEqual(['tekst van a', 'tekst van b', 'tekst van a', '']);
    expect(calls).toEqual([['a', 'b', 'gone']]);
    expect(await load('b')).toBe('tekst van b');
    expect(calls).toHaveLength(1);
    await load('c');
    expect(calls).toEqual([['a', 'b', 'gone'], ['c']]);
  });

  it('passes a store failure to everyone who asked', async () => {
    const load = descriptionLoader({ getMany: async () => Promise.reject(new Error('store down')) });
    await expect(Promise.all([load('a'), load('b')])).rejects.toThrow('store down');
  });
});
