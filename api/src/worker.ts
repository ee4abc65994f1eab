// A worker-only process: runs the background jobs (escalations, outbound notifications) without
// serving HTTP. Run any number beside API instances started with JOB_WORKER=off.

import { createPrismaClient } from '@gridloop/prisma';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startJobRunner } from './modules/jobs/job-runner.js';
import { jobRunnerOptionsOf } from './modules/jobs/job-runner-options.js';
import { exitOnStartupFailure } from './startup/startup-error.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, maxConnections: config.JOB_CONCURRENCY + 1 });
  const runner = await startJobRunner(jobRunnerOptionsOf(config, logger, systemClock, prisma));
  logger.info({ concurrency: config.jobs.concurrency }, 'job worker running');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping the job worker');
    const force = setTimeout(() => {
      logger.warn('grace period over: exiting with jobs still running (they are retried)');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_SECONDS * 1000);
    force.unref();
    runner
      .stop()
      .then(() => prisma.$disconnect())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'job worker did not stop cleanly');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(exitOnStartupFailure);
