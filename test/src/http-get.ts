import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: not decompressed (fetch would undo gzip and hide it). */
  body: Buffer;
}

/** GET over plain node:http, so tests see status, headers and the exact bytes on the wire. */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The `{ error: { code, message } }` body of a failed non-GraphQL route. */
export function errorOf(response: RawResponse): { code: string; message: string } {
  return (JSON.parse(response.body.toString('utf8')) as { error: { code: string; message: string } }).error;
}
