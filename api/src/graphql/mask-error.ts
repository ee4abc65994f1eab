import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import type { Logger } from '../logger.js';

/**
 * Recognises GraphQL's errors by shape, not `instanceof`: graphql ships both ESM and CJS builds,
 * and a tool that loads both (vitest does) would otherwise mask every domain error.
 */
function asGraphQLError(error: unknown): GraphQLError | null {
  return error instanceof Error && error.name === 'GraphQLError' ? (error as GraphQLError) : null;
}

/**
 * Decides what a client may see of an error: domain errors keep their message and code, GraphQL's
 * own validation errors pass through, and anything else is logged with context and masked.
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown, message: string): GraphQLError => {
    const graphQLError = asGraphQLError(error);
    const original = graphQLError ? graphQLError.originalError : error;
    if (DomainError.is(original)) {
      return new GraphQLError(original.message, {
        nodes: graphQLError?.nodes,
        path: graphQLError?.path,
        extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
      });
    }
    if (graphQLError && (!original || asGraphQLError(original))) return graphQLError;
    logger.error({ err: original, path: graphQLError?.path }, 'unexpected error in a GraphQL operation');
    return new GraphQLError(message, {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
