import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { dutchZodMessage } from '@werkbrug/shared/i18n/zod-messages';
import { createMetrics } from './http/metrics.ts';
import { metricsAccess } from './http/metrics-access.ts';
import { createRequestLogging } from './http/request-logging.ts';
import { requestSerializer } from './http/log-redaction.ts';
import { notFoundAnswer, registerErrorAnswers } from './http/fastify-errors.ts';
import { createGraphqlServer } from './http/graphql-server.ts';
import { registerWebApp } from './http/web-app.ts';
import { randomUUID } from 'node:crypto';
import { createContext, type AppDeps } from './context.ts';
import { createUseCases } from './application/use-cases.ts';
import { sessionCookie, tokenFromHeaders } from './auth/sessions.ts';
import { registerInterchange } from './http/interchange-routes.ts';
import { registerDevRoutes } from './http/dev-routes.ts';

/**
 * The HTTP application: Fastify with Yoga at /graphql, health routes, and the built web app.
 * Nothing here reads the environment or listens: server.ts does that, tests call buildApp.
 */
export interface AppOptions {
  /** Where logs go (default stdout); tests pass a stream to check what is logged. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = deps;
  // zod's own messages are English; every check without a message of its own speaks plain Dutch.
  z.config({ customError: dutchZodMessage });
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: { req: requestSerializer },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    // A hop count trusts that many proxies nearest to the service; a list trusts exactly those addresses.
    trustProxy:
      typeof config.TRUST_PROXY === 'number'
        ? (_address: string, hop: number) => hop < (config.TRUST_PROXY as number)
        : config.TRUST_PROXY,
    requestTimeout: 30_000,
    return503OnClosing: true,
    connectionTimeout: 60_000,
    keepAliveTimeout: 5_000,
  });
  const metrics = createMetrics(deps.store);
  const mayReadMetrics = metricsAccess({ production: config.production, token: config.METRICS_TOKEN });
  const requestLogging = createRequestLogging(app.log);
  const useCases = createUseCases(deps, {
    observeMatch: (kind, seconds) => metrics.observeMatch(kind, seconds),
    log: (message) => app.log.warn(message),
  });

  registerErrorAnswers(app);
  // GraphiQL needs inline scripts, so the strict CSP applies in production only (GraphiQL is off there).
  await app.register(helmet, { contentSecurityPolicy: config.production ? undefined : false, global: true });
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_MAX,
    timeWindow: 60_000,
    allowList: (req) => req.url === '/healthz' || req.url === '/readyz',
  });

  app.addHook('onResponse', async (req, reply) => {
    metrics.observeRequest(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  const yoga = createGraphqlServer({
    config,
    logging: requestLogging.yogaLogger,
    plugins: [requestLogging.operationLog],
    context: async ({ req, reply }) => {
      const sessionToken = tokenFromHeaders(req.headers);
      const user = await deps.sessions.viewerFor(sessionToken);
      return createContext(deps, {
        useCases,
        viewer: user ? { user } : null,
        requestId: String(req.id),
        sessionToken,
        clientAddress: req.ip,
        metrics,
        setSessionCookie: (token) =>
          reply.raw.setHeader(
            'set-cookie',
            sessionCookie(token, { secure: config.production, maxAgeSeconds: config.SESSION_TTL_HOURS * 3600 }),
          ),
      });
    },
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: (req, reply) =>
      requestLogging.withRequestLog(req.log, () => yoga.handleNodeRequestAndResponse(req, reply, { req, reply })),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/metrics', async (req, reply) => {
    if (!mayReadMetrics(req.headers.authorization)) {
      const { status, body } = notFoundAnswer(req);
      return reply.status(status).send(body);
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/readyz', async (_req, reply) => {
    const checks: Record<string, string> = {};
    try {
      await deps.store.ping();
      checks.store = 'ok';
    } catch {
      checks.store = 'failed';
    }
    checks.search = (await deps.search.health().catch(() => false)) ? 'ok' : 'failed';
    const ready = Object.values(checks).every((c) => c === 'ok');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });

  await registerInterchange(app, deps, useCases);
  registerDevRoutes(app, {
    production: config.production,
    mailbox: deps.devMailbox,
    runAlerts: deps.alerts ? () => deps.alerts!.run({ all: true }) : undefined,
  });
  await registerWebApp(app, config.WEB_DIST);
  return app;
}
