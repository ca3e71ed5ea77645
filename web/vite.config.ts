import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { precompress } from './build/precompress.ts';

// The service serves the built app on the same port as the API; in dev, Vite proxies the API.
export default defineConfig({
  plugins: [graphqlDocuments('src/gql/graphql.ts'), precompress()],
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
