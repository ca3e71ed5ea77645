import { describe, expect, it } from 'vitest';
import { blend } from './blend.ts';

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
