import type { PrismaClient } from '@gridloop/prisma';
import type { Logger } from '../logger.js';
import type { Viewer } from '../modules/auth/viewer.js';

/** What every resolver receives: services reach the database and the log through it, never globals. */
export interface GraphQLContext {
  prisma: PrismaClient;
  logger: Logger;
  /** The signed-in user, or null for anonymous requests. */
  viewer: Viewer | null;
}
