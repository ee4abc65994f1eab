import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlRequest } from '../src/graphql-request.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';

/** Sends raw request head (and body) bytes and resolves with the status line and body of the answer. */
function rawExchange(baseUrl: string, request: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]);
      resolve({ status, body: received.slice(received.indexOf('\r\n\r\n') + 4) });
    });
  });
}

describe('GraphQL request bodies', () => {
  let api: InProcessApi;
  beforeAll(async () => {
    api = await startInProcessApi(inject('databaseUrl'));
  });
  afterAll(() => api.close());

  it('answers an ordinary JSON operation', async () => {
    const { status, body } = await graphqlRequest(api.baseUrl, '{ __typename }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a declared length over the limit before reading the body (413 PAYLOAD_TOO_LARGE)', async () => {
    const { status, body } = await rawExchange(
      api.baseUrl,
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${60 * 1024 * 1024}\r\n\r\n{"query":`,
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a chunked body, whose size only counting could tell (411 LENGTH_REQUIRED)', async () => {
    const chunk = '{"query":"{ __typename }"}';
    const { status, body } = await rawExchange(
      api.baseUrl,
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`,
    );
    expect(status).toBe(411);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('LENGTH_REQUIRED');
  });
});
