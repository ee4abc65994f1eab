import type { PrismaClient } from '@gridloop/prisma';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { OutboundChannel } from '../notifications/outbound-channel.js';

/** What task functions may use besides the job helpers (which hold the worker's own database pool). */
export interface JobDependencies {
  /** The app clock: scans compare deadlines with `clock.now()`, never SQL now(), so tests move time. */
  clock: Clock;
  logger: Logger;
  /** Where new notifications go besides the in-app list (a webhook…); none when not configured. */
  outboundChannels: readonly OutboundChannel[];
  /** For the event-log consumers (metrics, webhooks), which run on the app's own pool. */
  prisma: PrismaClient;
  /** The deployment's TIME_ZONE: the metrics' cohort days and working time. */
  timeZone: string;
}
