import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';

const ViewerQuery = graphql(`
  query UseViewer_Viewer {
    viewer {
      id
      name
      role
    }
  }
`);

/**
 * Who is signed in, shared by the header, the sign-in page and the role pages (one cache entry).
 * A signed-out viewer is `null`, which carries no type name, so the query declares `User` itself:
 * signIn returns a User and then refreshes it, and signOut names `User` when it runs.
 */
export function useViewer() {
  const context = useMemo(() => ({ additionalTypenames: ['User'] }), []);
  return useQuery({ query: ViewerQuery, context });
}
