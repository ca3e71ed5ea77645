import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { parseMeiliFilter } from './filter-grammar.ts';

/**
 * Checks HTTP requests to Meilisearch, and responses from it, against Meilisearch's own OpenAPI
 * description (version 1.15.2, the part the adapter uses: see scripts/meili/trim-openapi.ts). On top
 * of the description's JSON schemas it checks what the description leaves as plain strings: filter
 * expressions (grammar and filterable attributes), sort expressions, facets and retrieved attributes
 * against the settings last sent for that index. Unknown fields are refused, as Meilisearch refuses
 * them (the description does not say so, its server does).
 */
const spec = JSON.parse(readFileSync(new URL('./meilisearch-openapi-1.15.2.json', import.meta.url), 'utf8'));

/**
 * Where the description itself is wrong, each with the evidence. Applied openly and counted, so a
 * report can say exactly how the check departed from the letter of the description.
 */
export const errata = [
  {
    id: 'csv-delimiter-required',
    says: 'POST /indexes/{indexUid}/documents marks the query parameter csvDelimiter as required',
    truth: 'it applies to CSV bodies only and has a default (","); JSON additions never send it',
  },
  {
    id: 'delete-batch-path',
    says: 'deleting documents by id is POST /indexes/{indexUid}/delete-batch',
    truth: 'the server route (and every official client) is POST /indexes/{indexUid}/documents/delete-batch',
  },
  {
    id: 'search-query-field-names',
    says: 'SearchQuery (POST /indexes/{indexUid}/search) names its fields in snake_case (attributes_to_retrieve) and marks eleven of them required',
    truth:
      'the server reads camelCase (attributesToRetrieve, showRankingScore) and every one of those fields has a default',
  },
  {
    id: 'array-query-parameters',
    says: 'array query parameters (fields) are exploded, fields=a&fields=b',
    truth: 'the server reads one comma-separated value, fields=a,b, as the official clients send it',
  },
] as const;

export interface CheckedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface Operation {
  template: string;
  method: string;
  operationId: string;
  params: Record<string, string>;
  definition: any;
}

/** Object schemas that list their properties refuse any other (deny unknown fields, as the server does). */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy.allOf && !copy.oneOf && !copy.anyOf)
    copy.additionalProperties = false;
  return copy;
}

/** The SearchQuery erratum: camelCase names, nothing required (as the server reads it). */
function corrected(components: { schemas: Record<string, any> }) {
  const query = components.schemas.SearchQuery;
  const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const schemas = {
    ...components.schemas,
    SearchQuery: {
      ...query,
      required: undefined,
      properties: Object.fromEntries(Object.entries(query.properties).map(([k, v]) => [camel(k), v])),
    },
  };
  return { ...components, schemas };
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
// Requests are checked against the corrected, closed schemas; answers against the description as it is.
ajv.addSchema({ $id: 'request', components: closed(corrected(spec.components)) as object });
ajv.addSchema({ $id: 'response', components: spec.components });
const validators = new Map<string, ValidateFunction>();
function validator(schema: object, forRequest: boolean): ValidateFunction {
  const key = JSON.stringify(schema) + forRequest;
  let fn = validators.get(key);
  if (!fn) {
    const base = forRequest ? 'request' : 'response';
    const text = JSON.stringify(forRequest ? closed(schema) : schema).replaceAll(
      '"#/components',
      `"${base}#/components`,
    );
    const rewritten = JSON.parse(text);
    fn = ajv.compile(rewritten);
    validators.set(key, fn);
  }
  return fn;
}
const problemsOf = (fn: ValidateFunction) =>
  (fn.errors ?? []).map(
    (e) =>
      `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${e.params.additionalProperty}` : ''}`,
  );

/** The operation a request is for, by path template and method. */
export function findOperation(method: string, path: string): Operation | null {
  const actual = path.replace(/^\/indexes\/([^/]+)\/documents\/delete-batch$/, '/indexes/$1/delete-batch'); // erratum
  for (const [template, item] of Object.entries(spec.paths as Record<string, Record<string, any>>)) {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_, n: string) => {
        names.push(n);
        return '([^/]+)';
      })}$`,
    );
    const m = pattern.exec(actual);
    const definition = item[method.toLowerCase()];
    if (m && definition) {
      const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return { template, method: method.toUpperCase(), operationId: definition.operationId, params, definition };
    }
  }
  return null;
}

/** What the index settings allow, as last sent by the adapter (for filter, sort, facet checks). */
export interface IndexRules {
  filterable: Set<string>;
  sortable: Set<string>;
}

export function checkRequest(request: CheckedRequest, rulesOf: (uid: string) => IndexRules | undefined): string[] {
  const op = findOperation(request.method, request.path);
  if (!op) return [`${request.method} ${request.path}: no such operation in the description`];
  const problems: string[] = [];
  for (const p of op.definition.parameters ?? []) {
    if (p.in !== 'query') continue;
    const raw = request.query.get(p.name);
    if (raw === null) {
      if (p.required && !(p.name === 'csvDelimiter')) problems.push(`query parameter ${p.name} is required`);
      continue;
    }
    const value = p.schema?.type === 'integer' ? Number(raw) : p.schema?.type === 'array' ? raw.split(',') : raw;
    const fn = validator(p.schema ?? {}, false);
    if (!fn(value)) problems.push(...problemsOf(fn).map((x) => `query ${p.name}: ${x}`));
  }
  const known = new Set((op.definition.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name));
  for (const name of request.query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
  const bodySchema = op.definition.requestBody?.content?.['application/json']?.schema;
  if (bodySchema) {
    if (request.body === undefined) problems.push('a JSON body is required');
    else {
      const fn = validator(bodySchema, true);
      if (!fn(request.body)) problems.push(...problemsOf(fn));
    }
  } else if (request.body !== undefined) problems.push('this operation takes no body');

  const uid = op.params.indexUid;
  const body = request.body as Record<string, unknown> | undefined;
  const rules = uid ? rulesOf(uid) : undefined;
  if (op.operationId === 'search_with_post' && body) problems.push(...checkSearch(body, rules));
  return problems.map((p) => `${op.method} ${op.template}: ${p}`);
}

function checkSearch(body: Record<string, unknown>, rules: IndexRules | undefined): string[] {
  const problems: string[] = [];
  if (!rules) return ['search on an index whose settings were never sent'];
  if (typeof body.filter === 'string') {
    try {
      for (const a of parseMeiliFilter(body.filter).attributes)
        if (!rules.filterable.has(a)) problems.push(`filter names ${a}, which is not filterable`);
    } catch (err) {
      problems.push(`filter does not parse: ${(err as Error).message}`);
    }
  }
  for (const s of (body.sort as string[] | undefined) ?? []) {
    const geo = /^_geoPoint\(\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\):(asc|desc)$/.exec(s);
    const plain = /^([\w.]+):(asc|desc)$/.exec(s);
    if (geo) {
      if (!rules.sortable.has('_geo')) problems.push('sort by _geoPoint, but _geo is not sortable');
    } else if (!plain) problems.push(`sort expression does not parse: ${s}`);
    else if (!rules.sortable.has(plain[1]!)) problems.push(`sort by ${plain[1]}, which is not sortable`);
  }
  for (const f of (body.facets as string[] | undefined) ?? [])
    if (!rules.filterable.has(f)) problems.push(`facet ${f} is not a filterable attribute`);
  return problems;
}

/** Checks a response body against the description's schema for that operation and status. */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const response = op.definition.responses?.[String(status)];
  if (!response) return [`${op.method} ${op.template}: status ${status} is not described`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return [];
  const fn = validator(schema, false);
  return fn(body) ? [] : problemsOf(fn).map((p) => `${op.method} ${op.template} response ${status}: ${p}`);
}
