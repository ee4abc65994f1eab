import type { PrismaClient } from '@gridloop/prisma';
import { createYoga } from 'graphql-yoga';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { AuthSettings } from '../modules/auth/auth-settings.js';
import type { GraphQLContext, GraphQLServerContext } from './context.js';
import { useCsrfPrevention } from './csrf-prevention.js';
import { useDepthLimit } from './depth-limit.js';
import { createErrorMasker } from './mask-error.js';
import { schema } from './schema.js';

export interface YogaDependencies {
  prisma: PrismaClient;
  logger: Logger;
  graphiql: boolean;
  clock: Clock;
  authSettings: AuthSettings;
}

/** The GraphQL endpoint at /graphql; GraphiQL only where configured (development by default). */
export function createGraphQLServer({ prisma, logger, graphiql, clock, authSettings }: YogaDependencies) {
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'gridloop GraphQL' } : false,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: createErrorMasker(logger) },
    // The web app is served from the same origin; yoga's default CORS would echo any Origin with
    // credentials allowed, letting other sites read answers and pass CSRF preflights.
    cors: false,
    plugins: [useCsrfPrevention(), useDepthLimit()],
    context: ({ viewer, http }) => ({ prisma, logger, clock, authSettings, viewer, http }),
  });
}
