import type { Context } from 'koa';

/**
 * The largest body /graphql reads: a layer file (the biggest upload, 50 MB: multipartLimits in
 * yoga.ts) with its multipart envelope and the operation's other fields.
 */
export const maxGraphqlBodyBytes = 52 * 1024 * 1024;

export interface BodyRefusal {
  status: 411 | 413;
  code: 'LENGTH_REQUIRED' | 'PAYLOAD_TOO_LARGE';
  message: string;
}

/**
 * Whether a request's body may be read, from its headers alone: a declared Content-Length up to the
 * limit (Node's parser then holds the body to it), or no body at all. A chunked body, whose size
 * only counting could tell, is refused: browsers and GraphQL clients (fetch, the multipart upload
 * spec's FormData) always send a length.
 */
export function refusedBody(
  headers: { contentLength: string | undefined; transferEncoding: string | undefined },
  maxBytes = maxGraphqlBodyBytes,
): BodyRefusal | null {
  if (headers.transferEncoding !== undefined) {
    return { status: 411, code: 'LENGTH_REQUIRED', message: 'Send the request body with a Content-Length.' };
  }
  if (headers.contentLength !== undefined && Number(headers.contentLength) > maxBytes) {
    return {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: `The request body has ${headers.contentLength} bytes; at most ${maxBytes} are accepted.`,
    };
  }
  return null;
}

/**
 * Answers a request whose body is oversized or unsized before anything reads it, as GraphQL answers
 * errors, and says whether it did. It replaces yoga's own limit (`maxRequestBodySize`), which pipes
 * every body through a counting TransformStream to cover chunked bodies: stream objects, an
 * AbortController and a DOMException per request, ~5 % of an intake report's CPU.
 */
export function answeredRefusedBody(ctx: Context, maxBytes = maxGraphqlBodyBytes): boolean {
  const refusal = refusedBody(
    {
      contentLength: ctx.get('content-length') || undefined,
      transferEncoding: ctx.get('transfer-encoding') || undefined,
    },
    maxBytes,
  );
  if (!refusal) return false;
  ctx.status = refusal.status;
  // the unread body would otherwise be parsed as the next request on this connection
  ctx.set('connection', 'close');
  ctx.body = { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] };
  return true;
}
