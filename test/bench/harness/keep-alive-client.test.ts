import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeepAliveClient } from './keep-alive-client.js';

describe('the benchmark load client', () => {
  let server: Server;
  let baseUrl: string;
  const connections = new Set<number>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      connections.add(request.socket.remotePort ?? 0);
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        const answer = JSON.stringify({ path: request.url, auth: request.headers.authorization, echo: body });
        if (request.url === '/chunked') {
          response.write(answer);
          response.end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
        // head and body in separate packets, the body in two halves: the client must reassemble them
        response.flushHeaders();
        const half = Math.floor(answer.length / 2);
        setTimeout(() => response.write(answer.slice(0, half)), 5);
        setTimeout(() => response.end(answer.slice(half)), 10);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers each of many concurrent posts with its own body, over a few kept-alive connections', async () => {
    const client = new KeepAliveClient(baseUrl);
    for (let round = 0; round < 3; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          client.post('/graphql', `请求 ${round}-${i}`, { Authorization: 'Bearer t' }).then((response) => ({
            status: response.status,
            body: JSON.parse(response.body.toString('utf8')),
          })),
        ),
      );
      answers.forEach((answer, i) => {
        expect(answer).toEqual({
          status: 200,
          body: { path: '/graphql', auth: 'Bearer t', echo: `请求 ${round}-${i}` },
        });
      });
    }
    expect(connections.size).toBe(4);
    client.close();
  });

  it('gets with the headers given and no body', async () => {
    const client = new KeepAliveClient(baseUrl);
    const response = await client.get('/tiles/grid/12/3430/1673.mvt', { Authorization: 'Bearer g' });
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({
      path: '/tiles/grid/12/3430/1673.mvt',
      auth: 'Bearer g',
      echo: '',
    });
    client.close();
  });

  it('refuses an answer without a Content-Length', async () => {
    const client = new KeepAliveClient(baseUrl);
    await expect(client.post('/chunked', '{}', {})).rejects.toThrow(/without Content-Length/);
    client.close();
  });
});
