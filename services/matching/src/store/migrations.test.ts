import { describe, expect, it } from 'vitest';
import { migrations as postgres } from './postgres/migrations.ts';
import { migrations as sqlite } from './sqlite/migrations.ts';

describe('the migrations of the two stores', () => {
  it('have the same versions and names, in order, so version N means one schema in both', () => {
    const list = (ms: { version: number; name: string }[]) => ms.map((m) => `${m.version}: ${m.name}`);
    expect(list(postgres)).toEqual(list(sqlite));
    // 1, 2, 3 … without a gap: a database at version N has exactly the migrations up to N.
    expect(sqlite.map((m) => m.version)).toEqual(sqlite.map((_, i) => i + 1));
  });

  it('create the same tables and columns', () => {
    const shape = (sql: string) =>
      [...sql.matchAll(/CREATE TABLE (\w+) \(([^;]*?)\);/gs)]
        .map((m) => `${m[1]}(${[...m[2]!.matchAll(/^\s*(\w+) /gm)].map((c) => c[1]).join(',')})`)
        .sort();
    for (const [i, m] of sqlite.entries()) {
      expect(shape(postgres[i]!.sql)).toEqual(shape(m.sql));
      expect(shape(m.sql).length).toBeGreaterThan(0);
    }
  });
});
