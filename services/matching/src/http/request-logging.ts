import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';
import type { YogaLogger } from 'graphql-yoga';

/**
 * Yoga takes one logger for the whole server; this gives it the logger of the request it is
 * serving (Fastify's `request.log`, which carries `reqId`), so every line it writes names the
 * request. Lines written outside a request fall back to the app logger.
 */
export function createRequestLogging(fallback: FastifyBaseLogger) {
  const current = new AsyncLocalStorage<FastifyBaseLogger>();
  const log = () => current.getStore() ?? fallback;
  // pino keeps an Error's stack under `err` when it is passed as { err }; the message becomes the line.
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      for (const arg of args) {
        if (arg instanceof Error) log()[level]({ err: arg }, arg.message);
        else log()[level](arg);
      }
    };
  const yogaLogger: YogaLogger = {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
  return {
    yogaLogger,
    /** Runs the handling of one request with its logger as the current one. */
    withRequestLog<T>(requestLog: FastifyBaseLogger, handle: () => T): T {
      return current.run(requestLog, handle);
    },
  };
}
