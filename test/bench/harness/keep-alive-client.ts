import { connect, type Socket } from 'node:net';

export interface KeepAliveResponse {
  status: number;
  body: Buffer;
}

interface Exchange {
  request: Buffer;
  resolve: (response: KeepAliveResponse) => void;
  reject: (error: Error) => void;
}

const headEnd = Buffer.from('\r\n\r\n');

/**
 * One kept-alive HTTP/1.1 connection carrying one exchange at a time: the request bytes as given,
 * the answer read by its Content-Length. The benchmark's load client, as lean as pgbench is on the
 * baseline's side: node:http spends ~0.15 ms of CPU per GraphQL request here, this a fraction of it,
 * on the same two cores as the API and PostgreSQL. Answers without a Content-Length (chunked) are
 * refused: every answer the benches read has one.
 */
class Connection {
  private readonly socket: Socket;
  private received: Buffer = Buffer.alloc(0);
  private current: Exchange | null = null;
  private failed: Error | null = null;

  constructor(host: string, port: number) {
    this.socket = connect(port, host);
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = (error: Error) => {
      this.failed = error;
      this.current?.reject(error);
      this.current = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('the server closed the connection')));
  }

  get usable(): boolean {
    return this.failed === null;
  }

  send(exchange: Exchange): void {
    this.current = exchange;
    this.socket.write(exchange.request);
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const end = this.received.indexOf(headEnd);
    if (end < 0 || !this.current) return;
    const head = this.received.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    if (length === undefined) {
      this.current.reject(new Error(`an answer without Content-Length: ${head.slice(0, 200)}`));
      this.current = null;
      this.socket.destroy();
      return;
    }
    const bodyStart = end + headEnd.length;
    const bodyEnd = bodyStart + Number(length);
    if (this.received.length < bodyEnd) return;
    const exchange = this.current;
    const body = this.received.subarray(bodyStart, bodyEnd);
    this.received = this.received.subarray(bodyEnd);
    this.current = null;
    exchange.resolve({ status, body });
  }
}

/** Kept-alive connections to one server, each used by one exchange at a time. */
export class KeepAliveClient {
  private readonly idle: Connection[] = [];
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
  }

  /** POSTs `body` to `path` with the given extra header lines (e.g. `Authorization: Bearer …`). */
  post(path: string, body: string, headers: Record<string, string>): Promise<KeepAliveResponse> {
    const payload = Buffer.from(body);
    const head = this.head('POST', path, { ...headers, 'Content-Length': String(payload.length) });
    return this.exchange(Buffer.concat([head, payload]));
  }

  /** GETs `path` with the given extra header lines; the body comes back as sent (not decompressed). */
  get(path: string, headers: Record<string, string>): Promise<KeepAliveResponse> {
    return this.exchange(this.head('GET', path, headers));
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.close();
  }

  private head(method: string, path: string, headers: Record<string, string>): Buffer {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    return Buffer.from(
      `${method} ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\n${lines.join('')}\r\n`,
      'latin1',
    );
  }

  private exchange(request: Buffer): Promise<KeepAliveResponse> {
    let connection = this.idle.pop();
    while (connection && !connection.usable) connection = this.idle.pop();
    const using = connection ?? new Connection(this.host, this.port);
    return new Promise<KeepAliveResponse>((resolve, reject) => {
      using.send({
        request,
        resolve: (response) => {
          this.idle.push(using);
          resolve(response);
        },
        reject,
      });
    });
  }
}

const clientsByServer = new Map<string, KeepAliveClient>();

/** The kept-alive client of one server, shared by every suite that loads it. */
export function keepAliveClientOf(baseUrl: string): KeepAliveClient {
  let client = clientsByServer.get(baseUrl);
  if (!client) {
    client = new KeepAliveClient(baseUrl);
    clientsByServer.set(baseUrl, client);
  }
  return client;
}
