/**
 * Brute-force evaluation of the Filter AST on plain document objects, with
 * the engine's semantics (case-insensitive keywords, missing values never
 * compare true, `not` includes documents without the field). Used as the
 * oracle in property tests and by the linear-scan benchmark baseline; the
 * engine itself never evaluates filters this way.
 */

import { keywordKey, toNumber } from '../src/columns.ts';
import type { EngineSchema, Filter } from '../src/schema.ts';

type Kind = EngineSchema['filterable'][number]['kind'];

export function filterKinds(schema: EngineSchema): Map<string, Kind> {
  const kinds = new Map<string, Kind>(schema.filterable.map((f) => [f.field, f.kind]));
  for (const field of schema.sortable) if (!kinds.has(field)) kinds.set(field, 'number');
  return kinds;
}

export function matchesFilter(doc: Record<string, unknown>, filter: Filter, kinds: ReadonlyMap<string, Kind>): boolean {
  if ('and' in filter) return filter.and.every((f) => matchesFilter(doc, f, kinds));
  if ('or' in filter) return filter.or.some((f) => matchesFilter(doc, f, kinds));
  if ('not' in filter) return !matchesFilter(doc, filter.not, kinds);
  const kind = kinds.get(filter.field);
  if (!kind) throw new Error(`Attribute \`${filter.field}\` is not filterable`);
  const value = doc[filter.field];
  if ('eq' in filter) return matchesAny(value, [filter.eq], kind);
  if ('in' in filter) return matchesAny(value, filter.in, kind);
  if (kind !== 'number') throw new Error(`Range filter on non-numeric attribute \`${filter.field}\``);
  const v = toNumber(value);
  if (Number.isNaN(v)) return false;
  if (filter.gte !== undefined && !(v >= filter.gte)) return false;
  if (filter.gt !== undefined && !(v > filter.gt)) return false;
  if (filter.lte !== undefined && !(v <= filter.lte)) return false;
  if (filter.lt !== undefined && !(v < filter.lt)) return false;
  return true;
}

function matchesAny(value: unknown, wanted: readonly (string | number | boolean)[], kind: Kind): boolean {
  switch (kind) {
    case 'keyword': {
      if (value === undefined || value === null || typeof value === 'object') return false;
      const key = keywordKey(value);
      return wanted.some((w) => keywordKey(w) === key);
    }
    case 'keywords': {
      const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
      const keys = new Set(list.filter((x) => x !== null && typeof x !== 'object').map(keywordKey));
      return wanted.some((w) => keys.has(keywordKey(w)));
    }
    case 'boolean': {
      const b = toBool(value);
      return b !== undefined && wanted.some((w) => toBool(w) === b);
    }
    case 'number': {
      const v = toNumber(value);
      return !Number.isNaN(v) && wanted.some((w) => toNumber(w) === v);
    }
  }
}

function toBool(v: unknown): boolean | undefined {
  return v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined;
}
