import type { Occupation, Skill } from '../schemas/taxonomy.ts';

/**
 * Makes the parsed taxonomy smaller in memory without changing a value. JSON.parse gives every string
 * and every array its own copy: 13,896 skills repeat a handful of types, reuse levels and groups, 3,007
 * occupations some 430 ISCO groups, and most label lists are empty. Repeated values become one shared
 * string and empty lists one shared (frozen) empty array: about 4 of 16 MB per thread that loads the
 * taxonomy (docs/benchmarks.md, start-up and memory). Changes the objects in place, once, at load.
 */
export function compactTaxonomy(occupations: Occupation[], skills: Skill[]): void {
  const pool = new Map<string, string>();
  const intern = <S extends string>(s: S): S => {
    const known = pool.get(s);
    if (known !== undefined) return known as S;
    pool.set(s, s);
    return s;
  };
  const none: string[] = Object.freeze([]) as unknown as string[];
  const list = (l: string[]) => (l.length === 0 ? none : l);
  for (const s of skills) {
    s.type = intern(s.type);
    s.reuse = intern(s.reuse);
    s.group = intern(s.group);
    s.synonymsNl = list(s.synonymsNl);
    s.altLabelsEn = list(s.altLabelsEn);
  }
  for (const o of occupations) {
    o.isco08 = intern(o.isco08);
    o.iscoLabelNl = intern(o.iscoLabelNl);
    o.sector = intern(o.sector);
    o.altLabelsNl = list(o.altLabelsNl);
    o.hiddenLabelsNl = list(o.hiddenLabelsNl);
  }
}
