import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { outboundChannelsOf } from '../notifications/outbound-channels.js';
import type { JobRunnerOptions } from './job-runner.js';

/** The runner as configured: the API process (JOB_WORKER=on) and worker.ts start the same one. */
export function jobRunnerOptionsOf(
  config: Config,
  logger: Logger,
  clock: Clock,
  prisma: PrismaClient,
): JobRunnerOptions {
  return {
    prisma,
    timeZone: config.TIME_ZONE,
    eventConsumerIntervalSeconds: config.jobs.eventConsumerIntervalSeconds,
    databaseUrl: config.DATABASE_URL,
    concurrency: config.jobs.concurrency,
    escalationIntervalSeconds: config.jobs.escalationIntervalSeconds,
    clock,
    logger: logger.child({ component: 'jobs' }),
    outboundChannels: outboundChannelsOf(config.jobs, clock),
  };
}
