import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every GraphQL document in the app, from the schema the service commits. Run
// `pnpm codegen` after changing a document or pulling a new schema; the output is committed so a
// fresh checkout type-checks without the service.
const config: CodegenConfig = {
  schema: '../services/matching/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumType: 'string-literal' },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
