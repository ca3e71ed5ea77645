/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of contract. */
export type ContractType =
  /** BBL learn-work job: four days work, one day school. */
  | 'BBL'
  /** On-call contract. */
  | 'OPROEP'
  /** Fixed-term contract. */
  | 'TIJDELIJK'
  /** Agency work. */
  | 'UITZEND'
  /** Permanent contract. */
  | 'VAST';

/** Regional outlook of a sector: growing sectors come first in matching, as the regional policy asks. */
export type Outlook =
  /** Groeiend: tekort aan mensen. */
  | 'GROWING'
  /** Krimpend: minder banen. */
  | 'SHRINKING'
  /** Stabiel. */
  | 'STABLE';

export type X_TestQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type X_TestQuery = { vacancies: { totalCount: number, hits: Array<{ node: (
        { id: string, contractType: ContractType }
        & { ' $fragmentRefs'?: { 'Y_VacFragment': Y_VacFragment } }
      ) }> } };

export type Y_VacFragment = { title: string, sector: { outlook: Outlook } } & { ' $fragmentName'?: 'Y_VacFragment' };

export const Y_VacFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Y_Vac"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]} as unknown as DocumentNode<Y_VacFragment, unknown>;
export const X_TestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"X_Test"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Y_Vac"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Y_Vac"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]} as unknown as DocumentNode<X_TestQuery, X_TestQueryVariables>;