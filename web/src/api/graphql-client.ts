/**
 * The web app's only way to reach the API: POST /graphql with a JSON body. Same origin in
 * production (the API serves the built app) and through Vite's proxy in development.
 */

export const GRAPHQL_ENDPOINT = '/graphql';

export type GraphQLVariables = Readonly<Record<string, unknown>>;

interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; details?: unknown };
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: readonly GraphQLErrorPayload[];
}

/**
 * A failed request. `code` is the server's stable `extensions.code` (e.g. `FORBIDDEN`) when the
 * API sent one; `details` its `extensions.details` (e.g. `retryAfterSeconds`); `status` is the HTTP
 * status when a response arrived at all (0: network failure).
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly status: number;

  constructor(
    message: string,
    options: { code?: string; details?: Readonly<Record<string, unknown>>; status: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.details = options.details;
    this.status = options.status;
  }
}

/**
 * Runs one GraphQL operation and returns its `data`. Any GraphQL error rejects the whole call
 * with the first error's message and code: the screens built on this treat a partial answer as
 * a failure rather than render half a page.
 *
 * @example
 * const { city } = await graphqlRequest<{ city: { name: string } | null }>('{ city { name } }');
 */
export async function graphqlRequest<TData, TVariables extends GraphQLVariables = GraphQLVariables>(
  query: string,
  variables?: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  return postGraphQL<TData>(
    {
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    },
    options.signal,
  );
}

/**
 * POSTs one prepared request body to the endpoint and unwraps the answer the same way for every
 * transport (JSON here, multipart uploads in graphql-multipart.ts).
 */
export async function postGraphQL<TData>(
  request: { headers: Record<string, string>; body: BodyInit },
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause; // the caller cancelled; not an error to show
    throw new GraphQLRequestError('Network request failed', { status: 0, cause });
  }

  const body = await readJson<GraphQLResponse<TData>>(response);
  const firstError = body?.errors?.[0];
  if (firstError !== undefined) {
    const details = firstError.extensions?.details;
    throw new GraphQLRequestError(typeof firstError.message === 'string' ? firstError.message : 'GraphQL error', {
      code: stringOrUndefined(firstError.extensions?.code),
      ...(isRecord(details) && { details }),
      status: response.status,
    });
  }
  if (!response.ok || body?.data == null) {
    throw new GraphQLRequestError(`Unexpected response (HTTP ${response.status})`, {
      status: response.status,
    });
  }
  return body.data;
}

/** The parsed body, or undefined when it is not JSON (a proxy's HTML error page, for instance). */
async function readJson<T>(response: Response): Promise<T | undefined> {
  try {
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
