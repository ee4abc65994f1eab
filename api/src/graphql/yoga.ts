import type { PrismaClient } from '@gridloop/prisma';
import { createYoga } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { createErrorMasker } from './mask-error.js';
import { schema } from './schema.js';

export interface YogaDependencies {
  prisma: PrismaClient;
  logger: Logger;
  graphiql: boolean;
}

/** The GraphQL endpoint at /graphql; GraphiQL only where configured (development by default). */
export function createGraphQLServer({ prisma, logger, graphiql }: YogaDependencies) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'gridloop GraphQL' } : false,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError: createErrorMasker(logger) },
    context: () => ({ prisma, logger, viewer: null }),
  });
}
