import type { IncomingMessage } from 'node:http';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context, Middleware } from 'koa';
import { httpExchangeOf } from '../http/http-exchange.js';
import { mediaTypeOf } from '../http/media-type.js';
import { viewerOf } from '../modules/auth/viewer-middleware.js';
import type { CalendarProvider } from '../modules/calendar/calendar-provider.js';
import type { GraphQLContext, GraphQLServerContext } from './context.js';
import { createDocumentCache } from './document-cache.js';
import { jsonOperationOf, runJsonOperation } from './json-operation.js';
import { answeredRefusedBody } from './request-body-limit.js';
import { responseBodyOf } from './response-body.js';

export interface GraphqlEndpointDependencies {
  yoga: YogaServerInstance<GraphQLServerContext, GraphQLContext>;
  schema: GraphQLSchema;
  /** The resolvers' context for a request (yoga.ts builds it the same way). */
  contextOf: (serverContext: GraphQLServerContext) => GraphQLContext;
  maskError: (error: unknown, message: string) => GraphQLError;
  calendar: CalendarProvider;
  /** Resolves the viewer from the session token in front of the operation (viewer-middleware.ts). */
  withViewer: Middleware;
}

/**
 * /graphql. A plain JSON POST of a query or mutation — nearly everything the apps and field clients
 * send — runs straight through graphql-js: its text parsed and validated once (document-cache.ts),
 * executed with the resolvers' context, errors masked as yoga masks them, answered as yoga answers
 * (200, application/json). Yoga's fetch layer around the same execution (a web Request and Response
 * per operation, its plugin pipeline) cost about a sixth of the API's CPU on an intake report.
 * Everything else goes to yoga: uploads (multipart), live updates (SSE), GET, GraphiQL, and any
 * JSON body the fast lane finds unusual (see jsonOperationOf), which yoga then reads from the
 * buffered body and words the errors of.
 */
export function graphqlEndpoint(dependencies: GraphqlEndpointDependencies): Middleware {
  const { yoga, schema, contextOf, maskError, calendar, withViewer } = dependencies;
  const documentOf = createDocumentCache(schema);
  return async (ctx, next) => {
    if (ctx.path !== yoga.graphqlEndpoint) return next();
    if (answeredRefusedBody(ctx)) return;
    // Deadlines need the stored calendar; if it cannot load (database down), the operation runs anyway
    // and only what computes a deadline fails, as everything else touching the database would.
    await calendar.ensureLoaded().catch(() => {});
    await withViewer(ctx, async () => {
      const serverContext: GraphQLServerContext = { viewer: viewerOf(ctx), http: httpExchangeOf(ctx) };
      if (!isJsonOperationRequest(ctx)) {
        await answerWith(ctx, await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, serverContext));
        return;
      }
      const body = await readBody(ctx.req);
      const operation = jsonOperationOf(body, documentOf);
      const result = operation
        ? await runJsonOperation(operation, { schema, contextValue: contextOf(serverContext), maskError })
        : null;
      if (result) {
        ctx.status = 200;
        ctx.type = 'application/json; charset=utf-8';
        ctx.body = JSON.stringify(result);
        return;
      }
      const request = { method: 'POST', headers: headersOf(ctx.req), body };
      await answerWith(ctx, await yoga.fetch(`http://${ctx.host}${ctx.originalUrl}`, request, serverContext));
    });
  };
}

/** Media types a client may accept for the fast lane's answer (application/json; yoga picks the same). */
const jsonAnswerTypes = new Set(['application/json', '*/*']);

/** A POST with a JSON body whose client takes a JSON answer (not SSE, multipart or graphql-response+json). */
function isJsonOperationRequest(ctx: Context): boolean {
  if (ctx.method !== 'POST' || mediaTypeOf(ctx.get('content-type')) !== 'application/json') return false;
  const accept = ctx.get('accept');
  return accept === '' || accept.split(',').every((type) => jsonAnswerTypes.has(mediaTypeOf(type)));
}

/** The body as text; its size was held to the limit from its Content-Length (request-body-limit.ts). */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function headersOf(request: IncomingMessage): [string, string][] {
  return Object.entries(request.headers).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
  );
}

/** Copies yoga's answer onto Koa's response. */
async function answerWith(ctx: Context, response: Response): Promise<void> {
  ctx.status = response.status;
  response.headers.forEach((value, key) => {
    ctx.append(key, value);
  });
  ctx.body = await responseBodyOf(response);
}
