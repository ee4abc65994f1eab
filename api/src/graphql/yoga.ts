import type { PrismaClient } from '@gridloop/prisma';
import { createFetch } from '@whatwg-node/fetch';
import { createYoga } from 'graphql-yoga';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { AuthSettings } from '../modules/auth/auth-settings.js';
import type { CaseChangeFeed } from '../modules/cases/case-change-feed.js';
import type { CaseServiceDependencies } from '../modules/cases/case-services.js';
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
  cases: CaseServiceDependencies;
  caseFeed: CaseChangeFeed;
}

const multipartLimits = { fileSize: 50 * 1024 * 1024, files: 10, fieldSize: 1024 * 1024, fields: 20 };

/** The GraphQL endpoint at /graphql; GraphiQL only where configured (development by default). */
export function createGraphQLServer(dependencies: YogaDependencies) {
  const { prisma, logger, graphiql, clock, authSettings, cases, caseFeed } = dependencies;
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
    // Multipart bodies are parsed before any resolver runs: cap them there, so an oversized or
    // many-file request is refused before it fills memory. The largest upload gridloop takes is a
    // layer file (50 MB); photos have their own, smaller limit checked per file (photo-limits.ts).
    fetchAPI: createFetch({ formDataLimits: multipartLimits }),
    // The body's size is checked from its headers in front of yoga (request-body-limit.ts).
    maxRequestBodySize: false,
    context: ({ viewer, http }) => ({ prisma, logger, clock, authSettings, viewer, http, cases, caseFeed }),
  });
}
