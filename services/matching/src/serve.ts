import { loadConfigOrExit } from './env.ts';
import { buildApp } from './app.ts';
import { createRuntime, type RuntimeOptions } from './composition.ts';

/**
 * The only place that reads the environment, listens, and shuts down. Two entries call it:
 * server.ts (production: no demo data) and demo-server.ts (npm start, npm run dev, browser tests).
 */
export async function serve(options: RuntimeOptions = {}): Promise<void> {
  const config = loadConfigOrExit();
  const runtime = await createRuntime(config, (msg) => console.log(msg), options).catch((err: Error) => {
    console.error(`Werkbrug cannot start: ${err.message}`);
    process.exit(1);
  });
  const app = await buildApp(runtime);

  let closing = false;
  async function shutdown(signal: string) {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await runtime.close();
      process.exit(0);
    } catch (err) {
      app.log.error(err, 'shutdown failed');
      process.exit(1);
    }
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ host: config.HOST, port: config.PORT });
    console.log(
      `Werkbrug draait op http://localhost:${config.PORT} (GraphQL: http://localhost:${config.PORT}/graphql)`,
    );
  } catch (err) {
    console.error(`Werkbrug could not listen on ${config.HOST}:${config.PORT}: ${(err as Error).message}`);
    await runtime.close();
    process.exit(1);
  }
}
