import { listMigrationNames, type PrismaClient, readDatabaseState } from '@gridloop/prisma';
import type Router from '@koa/router';
import type { Logger } from '../../logger.js';

/**
 * Liveness (/healthz: the process answers) and readiness (/readyz: the database is reachable,
 * PostGIS is installed and every shipped migration is applied). Load balancers route on readiness.
 */
export function registerHealthRoutes(router: Router, { prisma, logger }: { prisma: PrismaClient; logger: Logger }) {
  const shippedMigrations = listMigrationNames();

  router.get('/healthz', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  });

  router.get('/readyz', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    try {
      const state = await readDatabaseState(prisma, shippedMigrations);
      const problems = [
        ...(state.postgisVersion ? [] : ['PostGIS extension is not installed']),
        ...(state.pendingMigrations.length ? [`pending migrations: ${state.pendingMigrations.join(', ')}`] : []),
      ];
      ctx.status = problems.length ? 503 : 200;
      ctx.body = {
        status: problems.length ? 'not ready' : 'ready',
        checks: { database: 'ok', postgis: state.postgisVersion, pendingMigrations: state.pendingMigrations },
        problems,
      };
    } catch (error) {
      logger.warn({ err: error }, 'readiness check could not reach the database');
      ctx.status = 503;
      ctx.body = { status: 'not ready', checks: { database: 'unreachable' }, problems: ['database unreachable'] };
    }
  });
}
