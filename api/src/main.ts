// The only place that reads the environment and listens. Everything else is built by buildApp().

import { createPrismaClient } from '@gridloop/prisma';
import { migrateDeploy } from '@gridloop/prisma/migrate';
import { buildApp } from './app.js';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createDatabaseCalendarProvider } from './modules/calendar/database-calendar-provider.js';
import { watchCalendar } from './modules/calendar/watch-calendar.js';
import { createCaseChangeFeed } from './modules/cases/case-change-feed.js';
import { startJobRunner } from './modules/jobs/job-runner.js';
import { jobRunnerOptionsOf } from './modules/jobs/job-runner-options.js';
import { createServerTileCache } from './modules/map/create-server-tile-cache.js';
import { ensureDemoOpen311Client } from './modules/open311/ensure-demo-open311-client.js';
import { createPhotoStore } from './modules/photos/create-photo-store.js';
import { formatDemoAccounts } from './seed/format-demo-accounts.js';
import { seedDemo } from './seed/seed-demo.js';
import { checkDatabase } from './startup/check-database.js';
import { installGracefulShutdown } from './startup/graceful-shutdown.js';
import { listen } from './startup/listen.js';
import { exitOnStartupFailure } from './startup/startup-error.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const migrated = config.MIGRATE_ON_START
    ? await migrateDeploy({ databaseUrl: config.DATABASE_URL, log: (line) => logger.info(line) })
    : null;
  const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, maxConnections: config.DATABASE_POOL_SIZE });
  await checkDatabase(prisma, config.DATABASE_URL);
  const demo = config.SEED_DEMO ? await seedDemo(prisma) : null;
  const open311Demo = config.open311DemoApiKey
    ? await ensureDemoOpen311Client(prisma, config.open311DemoApiKey)
    : false;

  const caseFeed = createCaseChangeFeed({ redisUrl: config.REDIS_URL });
  const calendar = createDatabaseCalendarProvider({ prisma, timeZone: config.TIME_ZONE });
  await calendar.reload();
  const stopCalendarWatch = watchCalendar({ prisma, calendar, logger, clock: systemClock });
  const tileCache = createServerTileCache({ prisma, logger, megabytes: config.TILE_CACHE_MB });
  const app = buildApp({
    prisma,
    logger,
    graphiql: config.graphiql,
    staticDir: config.STATIC_DIR,
    auth: config.auth,
    calendarProvider: calendar,
    photoStore: createPhotoStore(config.photoStorage),
    caseFeed,
    tileCache,
  });
  const server = await listen(app, config.PORT, config.HOST);
  const jobRunner = config.jobs.runInApi
    ? await startJobRunner(jobRunnerOptionsOf(config, logger, systemClock, prisma))
    : null;
  installGracefulShutdown(server, {
    logger,
    graceSeconds: config.SHUTDOWN_GRACE_SECONDS,
    cleanup: async () => {
      stopCalendarWatch();
      await tileCache?.versions.stop();
      await jobRunner?.stop();
      await caseFeed.close();
      await prisma.$disconnect();
    },
  });

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = ['127.0.0.1', '0.0.0.0', '::'].includes(config.HOST) ? 'localhost' : config.HOST;
  logger.info({ port, host: config.HOST }, 'listening');
  if (migrated?.applied.length) console.log(`gridloop: applied migrations ${migrated.applied.join(', ')}`);
  if (demo)
    console.log(
      `gridloop: demo city loaded (${demo.areasWritten} areas written, ${demo.usersCreated.length} accounts created)`,
    );
  console.log(`\ngridloop is running at http://${host}:${port}${config.STATIC_DIR ? '' : ' (API only)'}`);
  if (config.graphiql) console.log(`GraphiQL: http://${host}:${port}/graphql`);
  if (open311Demo)
    console.log(
      `Open311 GeoReport v2: http://${host}:${port}/open311/v2/discovery.xml (demo api_key in OPEN311_DEMO_API_KEY)`,
    );
  if (demo) console.log(`Demo accounts (username  password  roles):\n${formatDemoAccounts(demo.users)}\n`);
}

main().catch(exitOnStartupFailure);
