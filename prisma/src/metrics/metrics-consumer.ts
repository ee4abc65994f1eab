import type { DirectQuery } from '../direct-query.js';
import { Prisma } from '../generated/prisma/client.js';

/** The event-log consumer whose position the metrics follow. */
export const metricsConsumerName = 'metrics';

export interface MetricsOptions {
  /** IANA zone of cohort days and working time; default TIME_ZONE or Asia/Shanghai. */
  timeZone?: string;
  /** Events per batch (a batch is one transaction). */
  limit?: number;
}

export const defaultTimeZone = (): string => process.env.TIME_ZONE ?? 'Asia/Shanghai';

/** Takes the consumer row first, as consumeCaseEvents does, so refreshes and rebuilds take turns. */
export async function lockMetricsConsumer(query: DirectQuery): Promise<void> {
  await query(Prisma.sql`
    INSERT INTO event_consumer (name) VALUES (${metricsConsumerName}) ON CONFLICT (name) DO NOTHING`);
  await query(Prisma.sql`SELECT name FROM event_consumer WHERE name = ${metricsConsumerName} FOR UPDATE`);
}
