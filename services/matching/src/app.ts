import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { createYoga } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createMetrics } from './http/metrics.ts';
import { createSignInLimiter } from './http/sign-in-limiter.ts';
import { createRequestLogging } from './http/request-logging.ts';
import { registerWebApp } from './http/web-app.ts';
import { randomUUID } from 'node:crypto';
import { createContext, type AppDeps } from './context.ts';
import { buildSchema } from './schema/index.ts';
import { createUseCases } from './application/use-cases.ts';
import { sessionCookie, tokenFromHeaders } from './auth/sessions.ts';
import { registerInterchange } from './http/interchange-routes.ts';

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
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: config.TRUST_PROXY,
    requestTimeout: 30_000,
    return503OnClosing: true,
    connectionTimeout: 60_000,
    keepAliveTimeout: 5_000,
  });
  const metrics = createMetrics(deps.store);
  const signInLimiter = createSignInLimiter(config.SIGN_IN_RATE_LIMIT_MAX);
  const requestLogging = createRequestLogging(app.log);
  const useCases = createUseCases(deps, { observeMatch: (kind, seconds) => metrics.observeMatch(kind, seconds) });

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

  // The start page's quick check (five match cards with their routes, and career paths) costs about 5,400 by
  // graphql-armor's count since routes have dated, funded steps; this leaves room without opening the door.
  const maxCost = 8000;
  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply }>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    batching: false,
    // Unexpected errors reach the client as "Unexpected error." and no stack, whatever NODE_ENV says;
    // Yoga logs each masked error once, through the request's logger (so with its reqId).
    maskedErrors: { isDev: false },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 8 },
        maxAliases: { n: 15 },
        costLimit: { maxCost },
        maxDirectives: { n: 50 },
        maxTokens: { n: 1000 },
        blockFieldSuggestion: { enabled: true },
        // Do not advertise the limits in production.
        ...(config.production
          ? {
              maxDepth: { n: 8, exposeLimits: false },
              maxAliases: { n: 15, exposeLimits: false },
              costLimit: { maxCost, exposeLimits: false },
              maxTokens: { n: 1000, exposeLimits: false },
            }
          : {}),
      }),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.production ? [useDisableIntrospection()] : []),
    ],
    logging: requestLogging.yogaLogger,
    context: async ({ req, reply }) => {
      const sessionToken = tokenFromHeaders(req.headers);
      const user = await deps.sessions.viewerFor(sessionToken);
      return createContext(deps, {
        useCases,
        viewer: user ? { user } : null,
        requestId: String(req.id),
        sessionToken,
        clientAddress: req.ip,
        signInLimiter,
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
  app.get('/metrics', async (_req, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
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
  await registerWebApp(app, config.WEB_DIST);
  return app;
}
