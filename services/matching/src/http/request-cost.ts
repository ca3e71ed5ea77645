import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodes } from '../errors.ts';
import type { Context } from '../context.ts';

/**
 * The cost model for the work one request may ask for. graphql-armor counts fields; it cannot know
 * that one `careerPaths` scores every vacancy in reach and reads free text against the whole taxonomy,
 * while a hundred `sectors` cost nothing. So here:
 * - every field that returns a scoring result (matches, course matches, career paths, candidates) is
 *   heavy: it costs 1, wherever it sits in the query and however often an alias or fragment repeats it;
 * - reading free text is heavy too: every `textsPerUnit` texts in a field's profile (skills and
 *   occupations as typed) cost 1 more; so does every distinct text read on its own: `readText`, and
 *   the words of a vacancy search (read as a job title first). The reader keeps recent readings, so
 *   the same words in several aliases (the search page's counts per facet) are read, and cost, once;
 * - for anonymous visitors a long list is heavy as well: every `resultsPerUnit` results asked beyond
 *   the first `resultsPerUnit` cost 1 more (the answer is built on the event loop: a hundred matches
 *   with their reasons take some 45 ms there). Signed-in people page through their own matches;
 * - a request may cost at most `maxCost`. More is refused before anything runs, with LIMIT_EXCEEDED.
 * Matching itself then runs off the event loop with a deadline (application/matching-pool.ts).
 */
export const heavyResultTypes: ReadonlySet<string> = new Set([
  'VacancyMatches',
  'CourseMatches',
  'CareerPaths',
  'Candidates',
]);
/** Fields that read what someone typed against the whole taxonomy, on the event loop. */
const readingResultTypes: ReadonlySet<string> = new Set(['TextReading']);
/** Searches that read their words as a job title when words are given (`query`). */
const titleSearchResultTypes: ReadonlySet<string> = new Set(['VacancySearchResult']);

/** The input that carries a profile with free text; everything in it but the stored-profile part is text. */
const textInputType = 'MatchProfileInput';
const profilePart = 'profile';
export const textsPerUnit = 15;
export const resultsPerUnit = 25;

/** Strings of free text in a value of `type` (as coerced), counted up to `limit`. */
function countTexts(value: unknown, type: GraphQLInputType, inText: boolean, limit: number): number {
  if (value === null || value === undefined) return 0;
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    let n = 0;
    for (const item of value as unknown[]) {
      n += countTexts(item, inner.ofType, inText, limit - n);
      if (n >= limit) break;
    }
    return n;
  }
  if (isInputObjectType(inner)) {
    let n = 0;
    const here = inner.name === textInputType;
    for (const [name, field] of Object.entries(inner.getFields())) {
      const text = here ? name !== profilePart : inText;
      n += countTexts((value as Record<string, unknown>)[name], field.type, text, limit - n);
    }
    return n;
  }
  return inText && typeof value === 'string' && value.trim() !== '' ? 1 : 0;
}

export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxCost: number,
  anonymous = false,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let cost = 0;
  const read = new Set<string>();
  const textOf = (selection: FieldNode, field: GraphQLField<unknown, unknown>, name: string) => {
    const arg = selection.arguments?.find((a) => a.name.value === name);
    const def = field.args.find((a) => a.name === name);
    const value = arg && def ? valueFromAST(arg.value, def.type, variables ?? undefined) : undefined;
    return typeof value === 'string' ? value.trim().toLowerCase() : '';
  };
  const walk = (set: SelectionSetNode, parent: GraphQLObjectType, depth: number): void => {
    if (depth > 20) return;
    for (const selection of set.selections) {
      if (cost + read.size > maxCost) return; // enough to refuse; no need to count on
      if (selection.kind === Kind.FIELD) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const returns = getNamedType(field.type);
        if (readingResultTypes.has(returns.name))
          read.add(`${textOf(selection, field, 'kind')}:${textOf(selection, field, 'text')}`);
        else if (titleSearchResultTypes.has(returns.name)) {
          const query = textOf(selection, field, 'query');
          if (query) read.add(`title:${query}`);
        } else if (heavyResultTypes.has(returns.name)) {
          let texts = 0;
          let first = 0;
          for (const def of field.args) {
            const arg = selection.arguments?.find((a) => a.name.value === def.name);
            const value = arg ? valueFromAST(arg.value, def.type, variables ?? undefined) : def.defaultValue;
            if (def.name === 'first' && typeof value === 'number') first = value;
            else texts += countTexts(value, def.type, false, (maxCost + 1) * textsPerUnit);
          }
          const results = anonymous ? Math.floor(Math.max(0, first - 1) / resultsPerUnit) : 0;
          cost += 1 + Math.floor(texts / textsPerUnit) + Math.min(results, maxCost + 1);
        }
        if (selection.selectionSet && isObjectType(returns)) walk(selection.selectionSet, returns, depth + 1);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (isObjectType(on)) walk(fragment.selectionSet, on, depth + 1);
      }
    }
  };
  walk(operation.selectionSet, root, 0);
  return cost + read.size;
}

export function useRequestCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = requestCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
        maxCost,
        !(args.contextValue as unknown as Pick<Context, 'viewer'>).viewer,
      );
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Deze vraag kan hoogstens ${maxCost} zware onderdelen hebben (matchen, loopbaanpaden, vrije tekst lezen, zoeken op woorden, lange lijsten). Stuur ze in losse verzoeken of vraag minder resultaten.`,
            { extensions: { code: errorCodes.limitExceeded, limit: 'heavy' } },
          ),
        ],
      });
    },
  };
}
