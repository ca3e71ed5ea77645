import type { Filter, SortClause } from '@werkbrug/search-engine/query';

/**
 * The filter tree as a Meilisearch filter string. Field names come only from our index definitions
 * (anything else is refused), and every value is quoted or checked, so user input can never change
 * the structure of the filter (no `" OR 1=1` tricks).
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`filter value is not a finite number: ${value}`);
  return String(value);
}

export function toMeiliFilter(filter: Filter | undefined, allowedFields: ReadonlySet<string>): string | undefined {
  if (!filter) return undefined;
  const field = (name: string) => {
    if (!allowedFields.has(name)) throw new Error(`not a filterable field: ${name}`);
    return name;
  };
  const walk = (f: Filter): string => {
    if ('and' in f) return f.and.length === 0 ? 'true = true' : f.and.map((p) => `(${walk(p)})`).join(' AND ');
    if ('or' in f) return f.or.length === 0 ? 'false = true' : f.or.map((p) => `(${walk(p)})`).join(' OR ');
    if ('not' in f) return `NOT (${walk(f.not)})`;
    if ('eq' in f) return `${field(f.field)} = ${literal(f.eq)}`;
    if ('in' in f) return `${field(f.field)} IN [${f.in.map(literal).join(', ')}]`;
    const parts: string[] = [];
    if (f.gte !== undefined) parts.push(`${field(f.field)} >= ${literal(f.gte)}`);
    if (f.gt !== undefined) parts.push(`${field(f.field)} > ${literal(f.gt)}`);
    if (f.lte !== undefined) parts.push(`${field(f.field)} <= ${literal(f.lte)}`);
    if (f.lt !== undefined) parts.push(`${field(f.field)} < ${literal(f.lt)}`);
    return parts.length ? parts.join(' AND ') : `${field(f.field)} EXISTS`;
  };
  return walk(filter);
}

export function geoRadius(lat: number, lng: number, radiusKm: number): string {
  return `_geoRadius(${literal(lat)}, ${literal(lng)}, ${literal(Math.round(radiusKm * 1000))})`;
}

export function toMeiliSort(
  sort: SortClause[] | undefined,
  point: { lat: number; lng: number } | undefined,
): string[] | undefined {
  if (!sort) return undefined;
  return sort.flatMap((s) => {
    if ('geoDistance' in s)
      return point ? [`_geoPoint(${literal(point.lat)}, ${literal(point.lng)}):${s.geoDistance}`] : [];
    return [`${s.field}:${s.order}`];
  });
}
