import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TopK } from './top-k.ts';

describe('top-k heap', () => {
  it('returns exactly what a full sort returns, ties broken by key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (scores, k) => {
          const key = (slot: number) => `id-${String(slot).padStart(4, '0')}`;
          const heap = new TopK(k, key);
          scores.forEach((s, slot) => {
            heap.push(s, slot);
          });
          const expected = scores
            .map((score, slot) => ({ score, slot }))
            .sort((a, b) => b.score - a.score || (key(a.slot) < key(b.slot) ? -1 : 1))
            .slice(0, k);
          expect(heap.sorted()).toEqual(expected);
        },
      ),
    );
  });
});
