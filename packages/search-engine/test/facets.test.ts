import { describe, expect, it } from 'vitest';
import { NumberColumn } from '../src/columns.ts';
import { computeFacets } from '../src/facets.ts';

function numberColumn(values: unknown[]): NumberColumn {
  const column = new NumberColumn();
  column.grow(values.length);
  for (const [i, v] of values.entries()) column.set(i, v);
  return column;
}

describe('number facets', () => {
  it('counts small integers, fractions, negatives and huge values together, ascending', () => {
    const values = [3, 1, 3, 4095, 4096, 2.5, -2, -0, 0, 1e12, undefined, 3];
    const column = numberColumn(values);
    const slots = Int32Array.from(values.keys());
    const facets = computeFacets(['n'], new Map([['n', column]]), slots, slots.length);
    expect(Object.entries(facets.n ?? {})).toEqual([
      ['0', 2],
      ['1', 1],
      ['3', 3],
      ['4095', 1],
      ['4096', 1],
      // Beyond array-index keys, an object keeps insertion order, which is ascending too.
      ['-2', 1],
      ['2.5', 1],
      ['1000000000000', 1],
    ]);
  });

  it('counts only the given slots, again from zero on the next call', () => {
    const column = numberColumn([1, 2, 2, 5]);
    const columns = new Map([['n', column]]);
    expect(computeFacets(['n'], columns, Int32Array.of(1, 2, 3), 3).n).toEqual({ 2: 2, 5: 1 });
    expect(computeFacets(['n'], columns, Int32Array.of(0), 1).n).toEqual({ 1: 1 });
  });
});
