import type { PrismaClient } from '@gridloop/prisma';
import Router from '@koa/router';
import Koa from 'koa';
import { createGraphQLServer } from './graphql/yoga.js';
import { handleErrors } from './http/error-handler.js';
import { logRequests } from './http/request-log.js';
import { serveWebApp } from './http/static-files.js';
import type { Logger } from './logger.js';
import { registerHealthRoutes } from './modules/health/health-routes.js';

export interface AppDependencies {
  prisma: PrismaClient;
  logger: Logger;
  /** Serve GraphiQL at /graphql for browsers. */
  graphiql?: boolean;
  /** The built web app to serve on the same port, if any. */
  staticDir?: string | undefined;
}

/** Builds the HTTP application without listening, so tests run it in-process. */
export function buildApp({ prisma, logger, graphiql = false, staticDir }: AppDependencies): Koa {
  const app = new Koa();
  app.proxy = true;
  const yoga = createGraphQLServer({ prisma, logger, graphiql });
  const router = new Router();
  registerHealthRoutes(router, { prisma, logger });

  app.use(logRequests(logger));
  app.use(handleErrors(logger));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx, next) => {
    if (ctx.path !== yoga.graphqlEndpoint) return next();
    const response = await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, ctx);
    ctx.status = response.status;
    response.headers.forEach((value, key) => {
      ctx.append(key, value);
    });
    ctx.body = response.body;
  });
  if (staticDir) app.use(serveWebApp(staticDir));
  return app;
}
