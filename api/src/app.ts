import type { WorkCalendar } from '@gridloop/geo';
import type { PrismaClient } from '@gridloop/prisma';
import Router from '@koa/router';
import Koa from 'koa';
import { type Clock, systemClock } from './clock.js';
import { graphqlEndpoint } from './graphql/graphql-endpoint.js';
import { createErrorMasker } from './graphql/mask-error.js';
import { schema } from './graphql/schema.js';
import { createGraphQLServer, graphqlContextOf } from './graphql/yoga.js';
import { handleErrors } from './http/error-handler.js';
import { logRequests } from './http/request-log.js';
import { serveWebApp } from './http/static-files.js';
import type { Logger } from './logger.js';
import { type AuthSettings, defaultAuthSettings } from './modules/auth/auth-settings.js';
import { resolveViewer } from './modules/auth/viewer-middleware.js';
import { type CalendarProvider, fixedCalendarProvider } from './modules/calendar/calendar-provider.js';
import { createDatabaseCalendarProvider } from './modules/calendar/database-calendar-provider.js';
import { type CaseChangeFeed, createCaseChangeFeed } from './modules/cases/case-change-feed.js';
import type { ExportLimits } from './modules/exports/export-limits.js';
import { registerExportRoutes } from './modules/exports/export-routes.js';
import { registerHealthRoutes } from './modules/health/health-routes.js';
import { registerMapRoutes, type ServerTileCache } from './modules/map/map-routes.js';
import { registerOpen311Routes } from './modules/open311/open311-routes.js';
import { createLocalDiskPhotoStore } from './modules/photos/local-disk-photo-store.js';
import { defaultPhotoLimits, type PhotoLimits } from './modules/photos/photo-limits.js';
import { registerPhotoRoutes } from './modules/photos/photo-routes.js';
import type { PhotoStore } from './modules/photos/photo-store.js';

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
  /**
   * A fixed work calendar for deadlines (tests): admin edits of the calendar are still stored, but
   * deadlines computed by this app never see them. Omit it to use the stored calendar.
   */
  calendar?: WorkCalendar;
  /**
   * The work calendar admins maintain (main.ts passes one loaded at start and watched). When neither
   * this nor `calendar` is given, one is built on `prisma` (Asia/Shanghai) and loaded right away.
   */
  calendarProvider?: CalendarProvider;
  /** Where photos go; a local folder (.data/photos) when omitted. */
  photoStore?: PhotoStore;
  photoLimits?: PhotoLimits;
  /** Live case updates; in-process when omitted (pass one built with a Redis URL to share). */
  caseFeed?: CaseChangeFeed;
  /** Excel row cap and read batch size of downloads; the documented defaults when omitted (tests lower them). */
  exportLimits?: Partial<ExportLimits>;
  /** Rendered vector tiles kept in memory (main.ts builds one); without it every tile is rendered. */
  tileCache?: ServerTileCache;
}

/** Builds the HTTP application without listening, so tests run it in-process. */
export function buildApp(dependencies: AppDependencies): Koa {
  const { prisma, logger, graphiql = false, staticDir } = dependencies;
  const { auth: authSettings = defaultAuthSettings, clock = systemClock } = dependencies;
  const app = new Koa();
  app.proxy = true;
  // Koa's default prints a stack for every stream error; a client closing a live-update (SSE)
  // stream is normal, anything else goes to the log.
  app.on('error', (error: { code?: string }, ctx?: { path?: string }) => {
    if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    logger.error({ err: error, path: ctx?.path }, 'unhandled HTTP error');
  });
  const caseFeed = dependencies.caseFeed ?? createCaseChangeFeed();
  const calendar = calendarProviderOf(dependencies);
  const cases = {
    prisma,
    clock,
    calendar,
    photoStore: dependencies.photoStore ?? createLocalDiskPhotoStore('.data/photos'),
    photoLimits: dependencies.photoLimits ?? defaultPhotoLimits,
    caseChanges: caseFeed,
  };
  const contextOf = graphqlContextOf({ prisma, logger, clock, authSettings, cases, caseFeed });
  const maskError = createErrorMasker(logger);
  const yoga = createGraphQLServer({ logger, graphiql, contextOf, maskError });
  const router = new Router();
  registerHealthRoutes(router, { prisma, logger });
  registerMapRoutes(router, { prisma, tileCache: dependencies.tileCache });
  registerOpen311Routes(router, { cases, logger });

  // Only where a viewer can matter: the public map routes, health probes and static files run no
  // session query, even when the browser sends its session cookie along. A protected REST route
  // puts `withViewer` in front of its handler, as /graphql does here.
  const withViewer = resolveViewer({ prisma, clock, settings: authSettings });
  registerPhotoRoutes(router, { prisma, photoStore: cases.photoStore, withViewer });
  registerExportRoutes(router, { prisma, clock, calendar, withViewer, limits: dependencies.exportLimits });

  app.use(logRequests(logger));
  app.use(handleErrors(logger));
  // ahead of the router: nearly every request is /graphql, which no route matches, and matching
  // the path against every route first cost ~2 % of the API's CPU on a report
  app.use(graphqlEndpoint({ yoga, schema, contextOf, maskError, calendar, withViewer }));
  app.use(router.routes());
  app.use(router.allowedMethods());
  if (staticDir) app.use(serveWebApp(staticDir));
  return app;
}

/** The explicit provider, a fixed calendar, or the stored one (its first load starts now). */
function calendarProviderOf(dependencies: AppDependencies): CalendarProvider {
  if (dependencies.calendarProvider) return dependencies.calendarProvider;
  if (dependencies.calendar) return fixedCalendarProvider(dependencies.calendar);
  const provider = createDatabaseCalendarProvider({ prisma: dependencies.prisma, timeZone: 'Asia/Shanghai' });
  provider.ensureLoaded().catch((error: unknown) => {
    dependencies.logger.warn({ err: error }, 'could not load the work calendar; retrying with the next request');
  });
  return provider;
}
