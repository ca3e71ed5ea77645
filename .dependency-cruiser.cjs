// Import boundaries of the repository, checked by the test command (`npm run check:deps`).
// Type-only imports count too: a cycle of types is still a cycle a reader has to untangle.
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
      comment: 'The service, the web app and the shared package never import the scripts or the tests.',
      from: { path: '^(services|web|shared)/' },
      // Open (issue 9): the seed generator still lives in scripts/seed and is imported by the
      // service's composition root and tests; moving it into its own package removes this exception.
      to: { path: '^(scripts|test)/', pathNot: '^scripts/seed/' },
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
      comment: 'The Meilisearch adapter speaks the shared query type (search/port.ts), not the embedded engine.',
      from: { path: '^services/matching/src/search/meilisearch/' },
      to: { path: '^(services/matching/src/search/engine/|packages/search-engine/)' },
    },
    {
      name: 'web-not-service',
      severity: 'error',
      comment: 'The web app talks to the service over GraphQL only.',
      from: { path: '^web/' },
      to: { path: '^services/' },
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
