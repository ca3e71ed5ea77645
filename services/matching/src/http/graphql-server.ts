import type { FastifyReply, FastifyRequest } from 'fastify';
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Config } from '../env.ts';
import type { Context } from '../context.ts';
import { buildSchema } from '../schema/index.ts';
import { limitMarker } from './api-errors.ts';
import { corsPolicy } from './cors.ts';
import { useLocalisedErrors } from './localised-errors.ts';
import { useNormalisedInput } from './normalise-input.ts';
import { useOneMutationPerRequest } from './one-mutation.ts';
import { useRequestCost } from './request-cost.ts';

/**
 * graphql-armor's limits. Its messages name the limit in English; a marker lets ours replace them. The
 * start page's quick check (five match cards with their routes, and career paths) costs about 5,400 by
 * graphql-armor's count since routes have dated, funded steps: 8,000 leaves room without opening the
 * door (the heavy fields have their own per-request cap, request-cost.ts).
 */
const limits = { depth: 8, aliases: 15, cost: 8000, directives: 50, tokens: 1000 };
const armor = (limit: keyof typeof limits) => ({ exposeLimits: false, errorMessage: limitMarker(limit) });

export interface GraphqlServerOptions {
  config: Config;
  logging: YogaLogger;
  context: (request: { req: FastifyRequest; reply: FastifyReply }) => Promise<Context>;
  /** Plugins of other concerns (request cost, operation logging), run after the limits. */
  plugins?: Plugin[];
}

/** Yoga at /graphql with the schema, the limits, CSRF prevention, CORS and the error answers. */
export function createGraphqlServer(options: GraphqlServerOptions) {
  const { config } = options;
  return createYoga<{ req: FastifyRequest; reply: FastifyReply }>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    batching: false,
    cors: corsPolicy(config.CORS_ORIGINS),
    // Unexpected errors reach the client as "Unexpected error." and no stack, whatever NODE_ENV says;
    // Yoga logs each masked error once, through the request's logger (so with its reqId).
    maskedErrors: { isDev: false },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: limits.depth, ...armor('depth') },
        maxAliases: { n: limits.aliases, ...armor('aliases') },
        costLimit: { maxCost: limits.cost, ...armor('cost') },
        maxDirectives: { n: limits.directives, ...armor('directives') },
        maxTokens: { n: limits.tokens, ...armor('tokens') },
        blockFieldSuggestion: { enabled: true },
      }),
      useOneMutationPerRequest(),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.production ? [useDisableIntrospection()] : []),
      useRequestCost(config.MAX_HEAVY_PER_REQUEST),
      useNormalisedInput(),
      ...(options.plugins ?? []),
      useLocalisedErrors(),
    ],
    logging: options.logging,
    context: options.context,
  });
}
