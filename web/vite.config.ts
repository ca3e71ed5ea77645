import { defineConfig } from 'vite';

// The service serves the built app on the same port as the API; in dev, Vite proxies the API.
export default defineConfig({
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
