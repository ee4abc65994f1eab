import { type DirectQuery, directTransaction } from '../direct-query.js';
import { skipConsumerToHead } from '../events/skip-consumer-to-head.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { caseFactsSql, factColumns } from './case-facts-sql.js';
import { syncMetricCalendar } from './metric-calendar.js';
import { defaultTimeZone, lockMetricsConsumer, type MetricsOptions, metricsConsumerName } from './metrics-consumer.js';
import { rebuildRowsSql, rollupKeyColumns, rollupValueColumns } from './rollup-contributions-sql.js';
import { withoutIndexes } from './without-indexes.js';

export interface RebuildSummary {
  /** Fact rows written (one per case). */
  cases: number;
}

/**
 * Recomputes every fact and rollup from case_record and case_event, set-based, and moves the metrics
 * consumer to the head of the log so refreshMetrics does not redo the cases. For after bulk loads
 * (the synthetic history generator, the CSV history import) and calendar changes. Readers of the
 * metric tables wait while it runs (the tables are truncated and refilled in one transaction).
 */
export async function rebuildMetrics(prisma: PrismaClient, options: MetricsOptions = {}): Promise<RebuildSummary> {
  const timeZone = options.timeZone ?? defaultTimeZone();
  return directTransaction(prisma, async (query) => {
    await lockMetricsConsumer(query);
    await syncMetricCalendar(query, timeZone);
    return rebuildMetricTables(query);
  });
}

/**
 * The rebuild inside the caller's transaction, which holds the consumer row. The consumer position
 * becomes the oldest transaction still running when it starts: everything older is read here, and
 * anything from then on is read again by refreshMetrics, which is harmless (refresh is idempotent).
 */
export async function rebuildMetricTables(query: DirectQuery): Promise<RebuildSummary> {
  const [head] = await query<{ horizon: string }>(
    Prisma.sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
  );
  await query(Prisma.sql`TRUNCATE metric_case_fact, metric_rollup, metric_handling_histogram`);
  // For this transaction only: the facts' joins and the per-period hash tables stay in memory, and
  // each index is built with one sort (at 10^7 cases the defaults spill gigabytes to disk).
  await query(Prisma.sql`SET LOCAL work_mem = '256MB'`);
  await query(Prisma.sql`SET LOCAL maintenance_work_mem = '1GB'`);
  const columns = Prisma.raw(factColumns.join(', '));
  await withoutIndexes(query, ['metric_case_fact'], () =>
    query(Prisma.sql`INSERT INTO metric_case_fact (${columns}) SELECT ${columns} FROM (${caseFactsSql('all')}) f`),
  );
  // The rollups read the facts a period at a time: the planner needs to know how many there are.
  await query(Prisma.sql`ANALYZE metric_case_fact`);
  await withoutIndexes(query, ['metric_rollup', 'metric_handling_histogram'], async () => {
    const rollupColumns = Prisma.raw(`${rollupKeyColumns}, ${rollupValueColumns.join(', ')}`);
    const histogramColumns = Prisma.raw(`${rollupKeyColumns}, bucket, cases`);
    await query(Prisma.sql`INSERT INTO metric_rollup (${rollupColumns}) ${rebuildRowsSql({ histogram: false })}`);
    await query(
      Prisma.sql`INSERT INTO metric_handling_histogram (${histogramColumns}) ${rebuildRowsSql({ histogram: true })}`,
    );
  });
  await query(Prisma.sql`
    UPDATE event_consumer SET watermark = ${head?.horizon}::xid8, last_event_id = 0, updated_at = now()
    WHERE name = ${metricsConsumerName}`);
  const [count] = await query<{ cases: number }>(Prisma.sql`SELECT count(*)::int AS cases FROM metric_case_fact`);
  return { cases: count?.cases ?? 0 };
}

/**
 * Moves the metrics consumer to the head of the event log without recomputing anything: for a bulk
 * loader that has just run rebuildMetrics itself in a separate step and knows no events were
 * written since (rebuildMetrics already does this; prefer it).
 */
export async function markMetricsCaughtUp(prisma: PrismaClient): Promise<void> {
  await skipConsumerToHead(prisma, metricsConsumerName);
}
