/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query X_Test($q: String) { vacancies(query: $q, first: 2) { totalCount hits { node { id contractType ...Y_Vac } } } }\n": typeof types.X_TestDocument,
    "fragment Y_Vac on Vacancy { title sector { outlook } }": typeof types.Y_VacFragmentDoc,
};
const documents: Documents = {
    "\n  query X_Test($q: String) { vacancies(query: $q, first: 2) { totalCount hits { node { id contractType ...Y_Vac } } } }\n": types.X_TestDocument,
    "fragment Y_Vac on Vacancy { title sector { outlook } }": types.Y_VacFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query X_Test($q: String) { vacancies(query: $q, first: 2) { totalCount hits { node { id contractType ...Y_Vac } } } }\n"): (typeof documents)["\n  query X_Test($q: String) { vacancies(query: $q, first: 2) { totalCount hits { node { id contractType ...Y_Vac } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Y_Vac on Vacancy { title sector { outlook } }"): (typeof documents)["fragment Y_Vac on Vacancy { title sector { outlook } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;