import { describe, expect, it } from 'vitest';
import { compiledDocuments, documentExportName, rewriteDocuments } from './graphql-documents.ts';

const generated = [
  'export const Page_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query"}]} as unknown as DocumentNode<A, B>;',
  'export const Card_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition"}]} as unknown as DocumentNode<C, unknown>;',
  'export type NotADocument = string;',
].join('\n');

describe('writing GraphQL documents out where they are used', () => {
  it('names documents as codegen does: operations end in Document, fragments in FragmentDoc', () => {
    expect(documentExportName('\n  query Page_Viewer { viewer { id } }')).toBe('Page_ViewerDocument');
    expect(documentExportName('mutation Form_Save($a: Int) { save(a: $a) }')).toBe('Form_SaveDocument');
    expect(documentExportName('fragment Card_Item on Item { id }')).toBe('Card_ItemFragmentDoc');
    expect(() => documentExportName('{ viewer { id } }')).toThrow(/No named operation/);
  });

  it('reads the compiled documents of the generated module', () => {
    const documents = compiledDocuments(generated);
    expect([...documents.keys()]).toEqual(['Page_ViewerDocument', 'Card_ItemFragmentDoc']);
    expect(JSON.parse(documents.get('Card_ItemFragmentDoc') ?? '')).toEqual({
      kind: 'Document',
      definitions: [{ kind: 'FragmentDefinition' }],
    });
  });

  it('replaces each graphql() call with its document and leaves other code alone', () => {
    const source = [
      "import { graphql } from '../gql/index.ts';",
      'const Q = graphql(`',
      '  query Page_Viewer { viewer { id } }',
      '`);',
      'const F = graphql(`fragment Card_Item on Item { id }`);',
      'const other = notgraphql(`x`);',
    ].join('\n');
    const out = rewriteDocuments(source, compiledDocuments(generated)) ?? '';
    expect(out).toContain('const Q = ({"kind":"Document","definitions":[{"kind":"OperationDefinition"');
    expect(out).toContain('const F = ({"kind":"Document","definitions":[{"kind":"FragmentDefinition"}]});');
    expect(out).toContain('const other = notgraphql(`x`);');
    expect(out.match(/\bgraphql\(`/g)).toBeNull();
  });

  it('does nothing to a file without documents, and stops the build when codegen is stale', () => {
    expect(rewriteDocuments('const a = 1;', compiledDocuments(generated))).toBeNull();
    expect(() => rewriteDocuments('graphql(`query Missing_One { a }`)', compiledDocuments(generated))).toThrow(
      /Missing_OneDocument is not in the generated GraphQL module: run codegen/,
    );
  });
});
