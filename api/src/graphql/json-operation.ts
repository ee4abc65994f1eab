import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
} from 'graphql';

/** A query or mutation read from a JSON body, its document already parsed and validated. */
export interface JsonOperation {
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const operationParams = new Set(['query', 'variables', 'operationName', 'extensions']);

/**
 * The single query or mutation a JSON POST body carries, or null when anything about it is unusual:
 * not JSON, a batch, unknown or mistyped parameters, a document that does not parse or validate
 * (`documentOf` answers null), a subscription, an ambiguous operation name. Yoga answers those, with
 * its own wording of what is wrong.
 */
export function jsonOperationOf(
  body: string,
  documentOf: (query: string) => DocumentNode | null,
): JsonOperation | null {
  let params: unknown;
  try {
    params = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const { query, variables, operationName } = params as Record<string, unknown>;
  if (Object.keys(params).some((key) => !operationParams.has(key)) || typeof query !== 'string') return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  const document = documentOf(query);
  if (!document) return null;
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation || operation.operation === 'subscription') return null;
  return {
    document,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}

export interface RunJsonOperationOptions {
  schema: GraphQLSchema;
  contextValue: object;
  /** What a client may see of an error (mask-error.ts): the same masking yoga applies. */
  maskError: (error: unknown, message: string) => GraphQLError;
}

/** The message of a masked unexpected error, as yoga words it. */
const unexpectedErrorMessage = 'Unexpected error.';

/**
 * Executes the operation; null when GraphQL refused it before any resolver ran (its variables do
 * not fit their types), so that yoga can answer it instead, nothing having happened. Otherwise the
 * result, every error masked.
 */
export async function runJsonOperation(
  operation: JsonOperation,
  { schema, contextValue, maskError }: RunJsonOperationOptions,
): Promise<ExecutionResult | null> {
  const result = await execute({
    schema,
    document: operation.document,
    variableValues: operation.variables,
    operationName: operation.operationName,
    contextValue,
  });
  if (!('data' in result)) return null;
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((error) => maskError(error, unexpectedErrorMessage)) };
}
