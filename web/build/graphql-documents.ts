import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A `graphql(`…`)` call with a template literal, as the components write them. */
const callPattern = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const definitionPattern = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** The name codegen's client preset gives the compiled document of a GraphQL text. */
export function documentExportName(source: string): string {
  const match = definitionPattern.exec(source);
  if (!match) throw new Error(`No named operation or fragment in a graphql() call:\n${source.trim().slice(0, 200)}`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/**
 * Replaces every `graphql(`…`)` call in `code` with its compiled document, written out in place.
 * Returns null when there is nothing to replace. `compiled` maps export names to document JSON.
 */
export function rewriteDocuments(code: string, compiled: ReadonlyMap<string, string>): string | null {
  let replaced = 0;
  const rewritten = code.replace(callPattern, (_call, source: string) => {
    const name = documentExportName(source);
    const json = compiled.get(name);
    if (json === undefined) throw new Error(`${name} is not in the generated GraphQL module: run codegen`);
    replaced++;
    return `(${json})`;
  });
  return replaced ? rewritten : null;
}

/** The documents of codegen's generated module: one `export const Name = {json} as unknown as …` per line. */
export function compiledDocuments(generated: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of generated.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as /gm)) {
    documents.set(match[1] ?? '', match[2] ?? '');
  }
  return documents;
}

/**
 * Codegen's `graphql()` looks a document up in a map of every document of the app, so each page
 * would carry all of them. The client preset recommends a Babel or SWC plugin that swaps each call
 * for an import of the compiled document; Vite builds this app without either, and an import would
 * not help here anyway: the generated module is one module, so the bundler puts it, with every
 * document some page uses, into the entry chunk. Writing each document out where it is used puts it
 * in the chunk of the page that needs it.
 */
export function graphqlDocuments(generatedModule: string): Plugin {
  const target = resolve(generatedModule);
  let compiled = new Map<string, string>();
  return {
    name: 'werkbrug:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      compiled = compiledDocuments(readFileSync(target, 'utf8'));
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const rewritten = rewriteDocuments(code, compiled);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
