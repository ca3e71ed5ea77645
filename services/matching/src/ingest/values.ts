/**
 * Reading values the way JSON-LD and OOAPI publishers write them: a value, an array of values, `{ "@value": ... }`,
 * a language-tagged list (`[{ language, value }]`), HTML in descriptions. Lenient on shape, strict on meaning: what
 * cannot be read is `undefined`, and the mapping reports it.
 */
export type Json = unknown;

export function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function list(v: Json): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A plain string: a string, a number, `{ "@value" }`, `{ value }`, or the Dutch (else first) of a language list. */
export function text(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const dutch = v.find((x) => isObject(x) && typeof x.language === 'string' && /^nl/i.test(x.language));
    return text(dutch ?? v[0]);
  }
  if (isObject(v)) return text(v['@value'] ?? v.value);
  return undefined;
}

export function num(v: Json): number | undefined {
  const t = typeof v === 'number' ? v : Number(text(v)?.replace(',', '.'));
  return Number.isFinite(t) ? t : undefined;
}

export function bool(v: Json): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = text(v)?.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** A date as YYYY-MM-DD from a date or a date-time; undefined when it is no real date. */
export function date(v: Json): string | undefined {
  const t = text(v);
  if (!t || !/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const day = t.slice(0, 10);
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? undefined : day;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Descriptions often hold HTML: tags become spaces, entities characters, runs of white space one space. */
export function plainText(v: Json): string | undefined {
  const t = text(v);
  if (!t) return undefined;
  return t
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return entities[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
