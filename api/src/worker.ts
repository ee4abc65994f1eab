// A worker-only process: runs the background jobs (escalations, outbound notifications) without
// serving HTTP. Run any number beside API instances started with JOB_WORKER=off.

import { createPrismaClient } from '@gridloop/prisma';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startJobRunner } from './modules/jobs/job-runner.js';
import { jobRunnerOptionsOf } from './modules/jobs/job-runner-options.js';
import { installSignalShutdown } from './startup/graceful-shutdown.js';
import { exitOnStartupFailure } from './startup/startup-error.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, maxConnections: config.JOB_CONCURRENCY + 1 });
  const runner = await startJobRunner(jobRunnerOptionsOf(config, logger, systemClock, prisma));
  logger.info({ concurrency: config.jobs.concurrency }, 'job worker running');
  installSignalShutdown({
    logger,
    graceSeconds: config.SHUTDOWN_GRACE_SECONDS,
    message: 'stopping the job worker',
    stop: async () => {
      await runner.stop();
      await prisma.$disconnect();
    },
    onGraceOver: () => {
      logger.warn('grace period over: exiting with jobs still running (they are retried)');
      process.exit(1);
    },
  });
}

main().catch(exitOnStartupFailure);
