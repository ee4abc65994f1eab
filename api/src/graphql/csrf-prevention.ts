import type { Plugin } from 'graphql-yoga';
import { mediaTypeOf } from '../http/media-type.js';

/**
 * CSRF defence in depth for /graphql (the first is the SameSite=Lax session cookie, and CORS is off
 * so no other origin may send preflighted requests or read answers).
 *
 * A browser sends a cross-site request without asking the server first (no CORS preflight) only
 * when it is a "simple" request: a GET, or a POST whose Content-Type is text/plain,
 * application/x-www-form-urlencoded or multipart/form-data. Such requests to /graphql must carry
 * the header `x-graphql-yoga-csrf` (any value), which no other site can add without a preflight.
 * JSON POSTs, which the web app sends, are unaffected; multipart uploads and GET queries add the
 * header. A GET without a `query` parameter (the GraphiQL page) runs nothing and passes.
 * Same idea as Apollo Server's `csrfPrevention` and yoga's CSRF plugin (which would require the
 * header on every request).
 */
export const csrfHeaderName = 'x-graphql-yoga-csrf';

const simpleContentTypes = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

export function useCsrfPrevention(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!isSimpleOperationRequest(request, url) || request.headers.get(csrfHeaderName)) return;
      const message = `This request could come from another site: send it as application/json, or add the header ${csrfHeaderName}.`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }), {
          status: 400,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}

/** True for a request a browser would send cross-site without a preflight, that runs an operation. */
export function isSimpleOperationRequest(request: Request, url: URL): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return url.searchParams.has('query');
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  return mediaType === '' || simpleContentTypes.has(mediaType);
}
