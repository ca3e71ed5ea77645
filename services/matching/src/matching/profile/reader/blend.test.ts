import { describe, expect, it } from 'vitest';
import { blend, topUp } from './blend.ts';

const s = (uri: string, score: number) => ({ uri, score });

describe('blending suggestions from several sources', () => {
  it('takes the sources in turn, one per URI, up to the maximum', () => {
    const got = blend(
      [
        [s('a', 0.95), s('b', 0.9), s('c', 0.85)],
        [s('b', 0.7), s('d', 0.6)],
      ],
      4,
    );
    expect(got.map((x) => x.uri)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps scores falling down the list and skips empty sources', () => {
    const got = blend([[], [s('x', 0.5)], [s('y', 0.9)]], 5);
    expect(got).toEqual([s('x', 0.5), s('y', 0.5)]);
  });
});

describe('topping up a short question', () => {
  it('adds wider suggestions below the ones there, up to the minimum, never scoring higher', () => {
    const got = topUp(
      [{ uri: 'a', score: 0.9 }],
      [
        { uri: 'a', score: 1 },
        { uri: 'b', score: 0.95 },
        { uri: 'c', score: 0.5 },
      ],
      3,
    );
    expect(got).toEqual([
      { uri: 'a', score: 0.9 },
      { uri: 'b', score: 0.9 },
      { uri: 'c', score: 0.5 },
    ]);
  });

  it('leaves an empty question empty and a full one as it is', () => {
    expect(topUp([], [{ uri: 'b', score: 0.9 }], 3)).toEqual([]);
    const full = [
      { uri: 'a', score: 0.9 },
      { uri: 'b', score: 0.8 },
      { uri: 'c', score: 0.7 },
    ];
    expect(topUp(full, [{ uri: 'd', score: 0.6 }], 3)).toEqual(full);
  });
});
