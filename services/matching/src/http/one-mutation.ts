import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodes } from '../errors.ts';

/**
 * One change per request. Each mutation is one transaction in the store, so a request with one
 * mutation field is all or nothing; a request with two (`a: closeVacancy(…) b: closeVacancy(…)`)
 * could commit `a` and fail on `b`. Such requests are refused before anything runs. The web app
 * never sends two; an API client sends them one after the other.
 */
function rootFields(set: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += rootFields(selection.selectionSet, context, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

export function oneMutationRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation' || rootFields(node.selectionSet, context) <= 1) return;
      context.reportError(
        new GraphQLError('Stuur één wijziging per verzoek. Dan gaat er nooit maar een deel van door.', {
          nodes: [node],
          extensions: { code: errorCodes.oneMutationPerRequest },
        }),
      );
    },
  };
}

export function useOneMutationPerRequest(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(oneMutationRule);
    },
  };
}
