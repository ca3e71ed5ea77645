import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';
import { Kind, getOperationAST } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';

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
  /**
   * One line per GraphQL operation: its type and root field names, taken from the schema's names (not
   * aliases, not the operation name a client chose, never arguments), so a log never holds an id,
   * alias or search text from the request.
   */
  const operationLog: Plugin = {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const fields = operation.selectionSet.selections
        .flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
        .slice(0, 20);
      log().info({ graphql: { type: operation.operation, fields } }, 'graphql operation');
    },
  };
  return {
    yogaLogger,
    operationLog,
    /** Runs the handling of one request with its logger as the current one. */
    withRequestLog<T>(requestLog: FastifyBaseLogger, handle: () => T): T {
      return current.run(requestLog, handle);
    },
  };
}
