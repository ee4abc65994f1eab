import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../clock.js';
import type { HttpExchange } from '../http/http-exchange.js';
import type { Logger } from '../logger.js';
import type { AuthSettings } from '../modules/auth/auth-settings.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { CaseChangeFeed } from '../modules/cases/case-change-feed.js';
import type { CaseServiceDependencies } from '../modules/cases/case-services.js';

/** What every resolver receives: services reach the database and the log through it, never globals. */
export interface GraphQLContext {
  prisma: PrismaClient;
  logger: Logger;
  /** The signed-in user, or null for anonymous requests. */
  viewer: Viewer | null;
  /** The time source: no `new Date()` in business logic, so tests can move time. */
  clock: Clock;
  authSettings: AuthSettings;
  /** The HTTP request the operation arrived in: client address, session cookie. */
  http: HttpExchange;
  /** What the case services need (calendar, photo store, change feed), built once per app. */
  cases: CaseServiceDependencies;
  caseFeed: CaseChangeFeed;
}

/**
 * What the Koa app hands yoga for each request (resolved by its middleware). A fresh object rather
 * than the Koa context itself: yoga assigns `request` and `params` onto the object it is given.
 */
export interface GraphQLServerContext {
  viewer: Viewer | null;
  http: HttpExchange;
}
