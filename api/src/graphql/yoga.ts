import type { PrismaClient } from '@gridloop/prisma';
import { createFetch } from '@whatwg-node/fetch';
import type { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { AuthSettings } from '../modules/auth/auth-settings.js';
import type { CaseChangeFeed } from '../modules/cases/case-change-feed.js';
import type { CaseServiceDependencies } from '../modules/cases/case-services.js';
import type { GraphQLContext, GraphQLServerContext } from './context.js';
import { useCsrfPrevention } from './csrf-prevention.js';
import { useDepthLimit } from './depth-limit.js';
import { schema } from './schema.js';

export interface GraphQLContextDependencies {
  prisma: PrismaClient;
  logger: Logger;
  clock: Clock;
  authSettings: AuthSettings;
  cases: CaseServiceDependencies;
  caseFeed: CaseChangeFeed;
}

/** The resolvers' context for one request, whichever way the operation arrived (graphql-endpoint.ts). */
export function graphqlContextOf(dependencies: GraphQLContextDependencies) {
  const { prisma, logger, clock, authSettings, cases, caseFeed } = dependencies;
  return ({ viewer, http }: GraphQLServerContext): GraphQLContext => ({
    prisma,
    logger,
    clock,
    authSettings,
    viewer,
    http,
    cases,
    caseFeed,
  });
}

export interface YogaDependencies {
  logger: Logger;
  graphiql: boolean;
  contextOf: (serverContext: GraphQLServerContext) => GraphQLContext;
  /** What a client may see of an error (mask-error.ts). */
  maskError: (error: unknown, message: string) => GraphQLError;
}

const multipartLimits = { fileSize: 50 * 1024 * 1024, files: 10, fieldSize: 1024 * 1024, fields: 20 };

/**
 * GraphQL at /graphql for what the JSON fast lane leaves to it (graphql-endpoint.ts): uploads, live
 * updates, GET, unusual bodies; GraphiQL only where configured (development by default).
 */
export function createGraphQLServer({ logger, graphiql, contextOf, maskError }: YogaDependencies) {
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'gridloop GraphQL' } : false,
    landingPage: false,
    logging: logger,
    maskedErrors: { maskError },
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
    context: contextOf,
  });
}
