import type { PrismaClient } from '@gridloop/prisma';
import Router from '@koa/router';
import Koa from 'koa';
import { type Clock, systemClock } from './clock.js';
import { createGraphQLServer } from './graphql/yoga.js';
import { handleErrors } from './http/error-handler.js';
import { httpExchangeOf } from './http/http-exchange.js';
import { logRequests } from './http/request-log.js';
import { serveWebApp } from './http/static-files.js';
import type { Logger } from './logger.js';
import { type AuthSettings, defaultAuthSettings } from './modules/auth/auth-settings.js';
import { resolveViewer, viewerOf } from './modules/auth/viewer-middleware.js';
import { registerHealthRoutes } from './modules/health/health-routes.js';
import { registerMapRoutes } from './modules/map/map-routes.js';

export interface AppDependencies {
  prisma: PrismaClient;
  logger: Logger;
  /** Serve GraphiQL at /graphql for browsers. */
  graphiql?: boolean;
  /** The built web app to serve on the same port, if any. */
  staticDir?: string | undefined;
  /** Session lifetimes and sign-in throttling; the documented defaults when omitted. */
  auth?: AuthSettings;
  /** Tests pass their own to move time (session expiry, lockout windows). */
  clock?: Clock;
}

/** Builds the HTTP application without listening, so tests run it in-process. */
export function buildApp(dependencies: AppDependencies): Koa {
  const { prisma, logger, graphiql = false, staticDir } = dependencies;
  const { auth: authSettings = defaultAuthSettings, clock = systemClock } = dependencies;
  const app = new Koa();
  app.proxy = true;
  const yoga = createGraphQLServer({ prisma, logger, graphiql, clock, authSettings });
  const router = new Router();
  registerHealthRoutes(router, { prisma, logger });
  registerMapRoutes(router, { prisma });

  // Only where a viewer can matter: the public map routes, health probes and static files run no
  // session query, even when the browser sends its session cookie along. A protected REST route
  // puts `withViewer` in front of its handler, as /graphql does here.
  const withViewer = resolveViewer({ prisma, clock, settings: authSettings });

  app.use(logRequests(logger));
  app.use(handleErrors(logger));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx, next) => {
    if (ctx.path !== yoga.graphqlEndpoint) return next();
    await withViewer(ctx, async () => {
      const response = await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, {
        viewer: viewerOf(ctx),
        http: httpExchangeOf(ctx),
      });
      ctx.status = response.status;
      response.headers.forEach((value, key) => {
        ctx.append(key, value);
      });
      ctx.body = response.body;
    });
  });
  if (staticDir) app.use(serveWebApp(staticDir));
  return app;
}
