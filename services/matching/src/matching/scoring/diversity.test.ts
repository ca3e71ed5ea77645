import { describe, expect, it } from 'vitest';
import { diversify, type Ranked } from './diversity.ts';

const c = (id: string, key: number, occupation: number): Ranked => ({ slot: Number(id.slice(1)), key, occupation, id });

describe('diversity: at most three of one occupation in the first ten', () => {
  // Twelve of occupation 1 score best, then eight of eight other occupations.
  const many = [
    ...Array.from({ length: 12 }, (_, i) => c(`a${i + 10}`, 0.9 - i * 0.001, 1)),
    ...Array.from({ length: 8 }, (_, i) => c(`b${i + 10}`, 0.5 - i * 0.01, 2 + i)),
  ];

  it('keeps three of an occupation in the first ten, the rest right after, in their order', () => {
    const { list, shown } = diversify(many, 20);
    expect(list.slice(0, 10).filter((x) => x.occupation === 1)).toHaveLength(3);
    expect(list.slice(0, 3).map((x) => x.id)).toEqual(['a10', 'a11', 'a12']);
    expect(list.slice(10, 19).every((x) => x.occupation === 1)).toBe(true);
    expect(list).toHaveLength(20);
    expect(shown.get(1)).toEqual({ count: 3, last: many[2] });
  });

  it('ends a short list early rather than break the rule, and never caps unknown occupations', () => {
    const few = [
      ...many.slice(0, 12),
      c('b10', 0.5, 2),
      c('x10', 0.4, -1),
      c('x11', 0.39, -1),
      c('x12', 0.38, -1),
      c('x13', 0.37, -1),
    ];
    const { list } = diversify(few, 10);
    expect(list.map((x) => x.id)).toEqual(['a10', 'a11', 'a12', 'b10', 'x10', 'x11', 'x12', 'x13']);
  });

  it('is off when the person asked for the occupations, and orders ties by id', () => {
    expect(diversify(many, 10, false).list.every((x) => x.occupation === 1)).toBe(true);
    const tied = [c('a2', 0.5, 1), c('a1', 0.5, 1)];
    expect(diversify(tied, 10).list.map((x) => x.id)).toEqual(['a1', 'a2']);
  });

  it('keeps at most three that fit only after a course in the first ten, the rest right after', () => {
    // Six after-course matches of six occupations score best, then eight that fit now.
    const after = Array.from({ length: 6 }, (_, i) => ({
      ...c(`r${i + 10}`, 0.9 - i * 0.01, 20 + i),
      afterCourse: true,
    }));
    const now = Array.from({ length: 8 }, (_, i) => c(`n${i + 10}`, 0.5 - i * 0.01, 40 + i));
    const { list } = diversify([...after, ...now], 14);
    expect(list.slice(0, 10).filter((x) => x.afterCourse)).toHaveLength(3);
    expect(list.slice(0, 3).map((x) => x.id)).toEqual(['r10', 'r11', 'r12']);
    expect(list.slice(3, 10).every((x) => !x.afterCourse)).toBe(true);
    expect(list.slice(10, 13).map((x) => x.id)).toEqual(['r13', 'r14', 'r15']);
    expect(list).toHaveLength(14);
  });
});
