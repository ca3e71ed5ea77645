// Import boundaries of the repository, checked by the test command (`npm run check:deps`).
// Type-only imports count too: a cycle of types is still a cycle a reader has to untangle.
// Imports of another workspace package by its name resolve to its files but are typed
// 'undetermined'; relative imports are 'local'. The "by name" rules below use that difference.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'product-not-from-tools',
      severity: 'error',
      comment: 'The service, the packages, the web app and the shared package never import the scripts or the tests.',
      from: { path: '^(services|packages|web|shared)/' },
      to: { path: '^(scripts|test)/' },
    },
    {
      name: 'not-the-handbook',
      severity: 'error',
      comment: 'The team handbook and data beside the checkout are copied into ./shared, never imported.',
      from: {},
      to: { path: '^\\.\\./' },
    },
    {
      name: 'meilisearch-adapter-not-engine',
      severity: 'error',
      comment:
        'The Meilisearch adapter speaks the engine-neutral query type (@werkbrug/search-engine/query), ' +
        'never the embedded engine itself.',
      from: { path: '^services/matching/src/search/meilisearch/' },
      to: { path: '^packages/search-engine/', pathNot: '^packages/search-engine/src/query\\.ts$' },
    },
    {
      name: 'meilisearch-adapter-cannot-reach-engine',
      severity: 'error',
      comment: 'Not through a shared module either (settings, filters, results hold no engine types).',
      from: { path: '^services/matching/src/search/meilisearch/' },
      to: {
        path: '^packages/search-engine/src/',
        pathNot: '^packages/search-engine/src/query\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'search-engine-through-its-entries',
      severity: 'error',
      comment:
        'Outside its package the engine is used through its entries only (engine.ts, schema.ts, query.ts): ' +
        'its internals can change without touching the service.',
      from: { path: '^(services|web|shared|scripts|test)/' },
      to: {
        path: '^packages/search-engine/',
        pathNot: '^packages/search-engine/src/(engine|schema|query)\\.ts$',
      },
    },
    {
      name: 'packages-by-name',
      severity: 'error',
      comment:
        'Another workspace package is imported by its name (@werkbrug/...), through its package.json ' +
        'exports, never by a relative path into its folder.',
      from: { path: '^(services|packages|web|shared|scripts|test)/([^/]+)/' },
      to: {
        path: '^(services|packages|shared|web)/',
        pathNot: '^$1/$2/',
        dependencyTypes: ['local'],
      },
    },
    {
      name: 'web-not-service',
      severity: 'error',
      comment: 'The web app talks to the service over GraphQL only.',
      from: { path: '^web/' },
      to: { path: '^(services|packages)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|test-artifacts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
