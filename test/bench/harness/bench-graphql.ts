import { Agent, request } from 'node:http';

export interface BenchGraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Keep-alive connections for the load client, more than any suite keeps in flight, so a request
 * never waits for a socket or opens a new one inside a measurement.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A GraphQL POST for the benchmark's load client, over node:http with kept-alive connections.
 * The baseline's client is pgbench (C); `fetch` (undici) spends ~0.3 ms more CPU per request than
 * node:http here (0.43 against 0.15 ms per intake report, measured), on the same two cores the API
 * and PostgreSQL need, so a fetch client would weigh on the API's side of the ratio.
 */
export function benchGraphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  bearer: string,
): Promise<BenchGraphqlResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = request(
      `${baseUrl}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${bearer}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) {
            reject(new Error(`GraphQL answered HTTP ${response.statusCode}: ${text.slice(0, 500)}`));
            return;
          }
          resolve(JSON.parse(text) as BenchGraphqlResponse<T>);
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
