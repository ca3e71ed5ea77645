import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../schema/index.ts';
import { startTestApp, type TestApp } from '../testkit/test-app.ts';

/**
 * Every argument of every query and mutation, fed hostile values (wrong types, 200,000 characters,
 * NUL and control characters, huge and negative numbers, unknown enum values, nesting, missing and
 * extra fields) one argument at a time, by every role, in Dutch: no 5xx, every error with a code and
 * a message we wrote (never an unmasked one), no English, and no answer over 16 KB.
 */
const seed = 20_260_302;
const casesPerArgument = 10;
const roles = ['anonymous', 'jobseeker', 'adviser', 'employer', 'admin'] as const;
const emails = {
  jobseeker: 'werkzoekende2@demo.werkbrug.nl',
  adviser: 'adviseur@demo.werkbrug.nl',
  employer: 'werkgever@demo.werkbrug.nl',
  admin: 'beheer@demo.werkbrug.nl',
};
/** Words of English that no Dutch message of ours contains. */
const english =
  /\b(the|not|must|expected|invalid|cannot|found|exceeded|received|value|required|provided|unknown|field|argument|error|too|with|query|variable|syntax|please|should|only|does|represent|got)\b/i;

/** Names from the request ($query, "field") are the client's words, not ours: they do not count. */
const isEnglish = (text: string) => english.test(text.replace(/\$\w+|"[^"]*"/g, ''));

let t: TestApp;
const cookies: Partial<Record<(typeof roles)[number], string>> = {};
beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '120', SEED_COURSES: '40', SEED_PROFILES: '20' });
  for (const [role, email] of Object.entries(emails)) cookies[role as keyof typeof emails] = await t.signIn(email);
}, 120_000);
afterAll(() => t?.close());

/** A plausible value, so that the argument under test is the one that is wrong. */
function sample(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return depth > 3 ? [] : [sample(inner.ofType, depth + 1)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, depth + 1)]),
    );
  switch (getNamedType(inner).name) {
    case 'Int':
    case 'Float':
      return 3;
    case 'Boolean':
      return true;
    case 'ID':
      return 'prf_fuzz-000000';
    default:
      return '2011';
  }
}

const hostileString = fc.oneof(
  fc.constant('x'.repeat(200_000)),
  fc.constant('\u0000\u0007\u001b[31m\u202Eabc'),
  fc.constant('" OR 1=1 --'),
  fc.constant('javascript:alert(1)'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant(''),
  fc.constant('🙂'.repeat(5000)),
  fc.string({ maxLength: 300, unit: 'binary' }),
);
const hostileNumber = fc.oneof(
  fc.constant(2 ** 53),
  fc.constant(-2_147_483_649),
  fc.constant(1e308),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1.5),
  fc.double({ noNaN: true }),
);
const wrongShape = fc.oneof(
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ unexpected: 'x'.repeat(1000) }),
  fc.constant(JSON.parse(`${'['.repeat(200)}1${']'.repeat(200)}`)),
  fc.constant(true),
  hostileString,
  hostileNumber,
);

/** Hostile values for one argument: of its own kind, of another kind, or right in shape but wrong inside. */
function hostile(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner))
    return fc.oneof(
      fc.array(hostile(inner.ofType), { maxLength: 5 }),
      fc.constant(Array.from({ length: 5000 }, () => sample(inner.ofType))),
      wrongShape,
    );
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const base = sample(inner) as Record<string, unknown>;
    return fc.oneof(
      fc.constantFrom(...fields).chain((f) => hostile(f.type).map((v) => ({ ...base, [f.name]: v }))),
      fc.constantFrom(...fields).map((f) => {
        const { [f.name]: _left, ...rest } = base;
        return rest;
      }),
      wrongShape,
    );
  }
  if (isEnumType(inner)) return fc.oneof(fc.constant('NO_SUCH_VALUE'), fc.constant('x'.repeat(10_000)), wrongShape);
  if (isScalarType(inner) && ['Int', 'Float'].includes(inner.name)) return fc.oneof(hostileNumber, wrongShape);
  return fc.oneof(hostileString, hostileString, wrongShape);
}

/** `__typename` and the scalar fields without arguments of what the field returns. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const scalars = Object.values(named.getFields())
    .filter((f) => f.args.length === 0 && !isObjectType(getNamedType(f.type)))
    .map((f) => f.name);
  return ` { __typename ${scalars.join(' ')} }`;
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
) {
  const vars = args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field)} }`;
}

interface Finding {
  field: string;
  argument: string;
  role: string;
  problem: string;
}

async function check(query: string, variables: unknown, cookie: string | undefined): Promise<string | null> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'accept-language': 'nl', ...(cookie ? { cookie } : {}) },
    payload: { query, variables },
  });
  if (res.statusCode >= 500) return `HTTP ${res.statusCode}`;
  const body = res.json() as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  if (body.errors?.length && res.body.length > 16_384) return `answer of ${res.body.length} bytes`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `no code: ${error.message.slice(0, 80)}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `internal error: ${error.message.slice(0, 80)}`;
    const fields = (error.extensions?.fields as { message: string }[] | undefined) ?? [];
    for (const text of [error.message, ...fields.map((f) => f.message)])
      if (isEnglish(text)) return `English: ${text.slice(0, 80)}`;
  }
  return null;
}

describe('fuzzing every query and mutation argument', () => {
  it('finds no 5xx, no unmasked error, no English in Dutch and no answer over 16 KB', async () => {
    const schema = buildSchema();
    const findings: Finding[] = [];
    let requests = 0;
    let runSeed = seed;
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(root.getFields())) {
        // Signing out would end the role's session for every later case.
        if (field.name === 'signOut') continue;
        for (const argument of field.args) {
          const values = fc.sample(hostile(argument.type), { seed: runSeed++, numRuns: casesPerArgument });
          for (const [i, value] of values.entries()) {
            const variables: Record<string, unknown> = Object.fromEntries(
              field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)]),
            );
            variables[argument.name] = value;
            const role = roles[i % roles.length]!;
            requests++;
            const problem = await check(
              operation(kind, field, field.args),
              variables,
              cookies[role as keyof typeof emails],
            );
            if (problem) findings.push({ field: field.name, argument: argument.name, role, problem });
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(400);
    expect(findings).toEqual([]);
  }, 300_000);

  it('answers malformed requests with a code and in Dutch too', async () => {
    const bodies: { payload: string; type?: string }[] = [
      { payload: '{bad json' },
      { payload: JSON.stringify({ query: '{ sectors { key } }', variables: 'nope' }) },
      { payload: JSON.stringify({ query: '{ sectors { key } }', variables: [1, 2] }) },
      { payload: JSON.stringify({ query: 42 }) },
      { payload: JSON.stringify({}) },
      { payload: JSON.stringify({ query: '{ sectors { key } ', extensions: 'x' }) },
      { payload: JSON.stringify({ query: `{ ${'a'.repeat(100_000)} }` }) },
      { payload: JSON.stringify({ query: 'query A { sectors { key } } query B { sectors { key } }' }) },
      { payload: JSON.stringify({ query: '{ sectors { key } }' }), type: 'text/plain' },
      { payload: JSON.stringify({ query: `{ sectors { key } } # ${'x'.repeat(1_100_000)}` }) },
      { payload: '\u00ff\u00fe invalid utf-8 \ud800', type: 'application/json; charset=utf-8' },
    ];
    for (const { payload, type } of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': type ?? 'application/json', 'accept-language': 'nl' },
        payload,
      });
      expect(res.statusCode, payload.slice(0, 60)).toBeLessThan(500);
      expect(res.body.length, payload.slice(0, 60)).toBeLessThanOrEqual(16_384);
      const body = res.json() as { errors?: { message: string; extensions?: { code?: string } }[] };
      const error = body.errors?.[0];
      expect(error?.extensions?.code, payload.slice(0, 60)).toBeTypeOf('string');
      expect(isEnglish(error?.message ?? ''), error?.message).toBe(false);
    }
  });
});
