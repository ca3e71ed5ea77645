import { Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { normaliseText } from '@werkbrug/shared/schemas/common';

/**
 * Every text a request brings in, cleaned once before anything reads it (shared normaliseText: NFC,
 * no NUL, control or direction-override characters): strings in the variables and string literals in
 * the document. So no resolver, store or log ever sees a NUL byte, whichever field it arrived in.
 */
const maxDepth = 32;

export function normaliseValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return normaliseText(value);
  // No input type nests this deep; graphql-js refuses such a value anyway, so it is left as it is.
  if (depth > maxDepth || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => normaliseValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseValue(v, depth + 1)]));
}

export function normaliseDocument(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.STRING]: (node) => {
      const value = normaliseText(node.value);
      return value === node.value ? undefined : { ...node, value };
    },
  });
}

export function useNormalisedInput(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((execArgs) =>
        executeFn({
          ...execArgs,
          document: normaliseDocument(execArgs.document),
          variableValues: execArgs.variableValues
            ? (normaliseValue(execArgs.variableValues) as Record<string, unknown>)
            : execArgs.variableValues,
        }),
      );
    },
  };
}
