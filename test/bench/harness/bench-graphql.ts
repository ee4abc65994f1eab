import { keepAliveClientOf } from './keep-alive-client.js';

export interface BenchGraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A GraphQL POST for the benchmark's load client. The baseline's client is pgbench (C), so the load
 * client must be as lean: `fetch` (undici) spent 0.43 ms of CPU per intake report here and node:http
 * 0.15 ms, on the same two cores the API and PostgreSQL need (KeepAliveClient: see there).
 */
export async function benchGraphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  /** The session token; none for public operations. */
  bearer?: string,
): Promise<BenchGraphqlResponse<T>> {
  const response = await keepAliveClientOf(baseUrl).post('/graphql', JSON.stringify({ query, variables }), {
    'Content-Type': 'application/json',
    ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
  });
  const text = response.body.toString('utf8');
  if (response.status !== 200) throw new Error(`GraphQL answered HTTP ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as BenchGraphqlResponse<T>;
}
