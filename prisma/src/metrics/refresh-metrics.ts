import { type DirectQuery, directTransaction } from '../direct-query.js';
import { consumeCaseEvents } from '../events/consume-case-events.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { caseFactsSql, factColumns } from './case-facts-sql.js';
import { syncMetricCalendar } from './metric-calendar.js';
import { defaultTimeZone, lockMetricsConsumer, type MetricsOptions, metricsConsumerName } from './metrics-consumer.js';
import { rebuildMetricTables } from './rebuild-metrics.js';
import {
  histogramContributionsSql,
  rollupContributionsSql,
  rollupKeyColumns,
  rollupValueColumns,
} from './rollup-contributions-sql.js';

export interface RefreshSummary {
  /** Events read from the log. */
  events: number;
  /** Cases whose facts were recomputed. */
  cases: number;
  /** True when the calendar had changed and everything was rebuilt instead. */
  rebuilt: boolean;
  /** More events wait: call again soon. */
  more: boolean;
}

/**
 * Brings the metric facts and rollups up to date with the case event log, exactly once per event:
 * the cases the new events touch get their facts recomputed (set-based SQL), and the difference
 * between their old and new facts is added to the rollups, in the transaction that advances the
 * consumer position. Recomputing whole cases makes it idempotent: an event seen twice changes
 * nothing. When the work calendar (or the time zone) changed since the facts were computed, every
 * fact depends on it (working minutes), so everything is rebuilt instead.
 */
export async function refreshMetrics(prisma: PrismaClient, options: MetricsOptions = {}): Promise<RefreshSummary> {
  const timeZone = options.timeZone ?? defaultTimeZone();
  const isCalendarCurrent = await directTransaction(prisma, async (query) => {
    await lockMetricsConsumer(query);
    if (await syncMetricCalendar(query, timeZone)) return true;
    await rebuildMetricTables(query);
    return false;
  });
  let cases = 0;
  const result = await consumeCaseEvents(
    prisma,
    metricsConsumerName,
    async (events, query) => {
      const caseIds = [...new Set(events.map((event) => event.caseId))];
      cases = caseIds.length;
      await applyCaseFacts(query, caseIds);
    },
    { limit: options.limit ?? 5000 },
  );
  return { events: result.consumed, cases, rebuilt: !isCalendarCurrent, more: result.more };
}

/** Recomputes the facts of `caseIds` and moves the rollups by new minus old, in one statement. */
async function applyCaseFacts(query: DirectQuery, caseIds: readonly number[]): Promise<void> {
  const columns = factColumns.join(', ');
  const updates = factColumns
    .filter((column) => column !== 'case_id')
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ');
  const addRollup = rollupValueColumns.map((column) => `${column} = metric_rollup.${column} + EXCLUDED.${column}`);
  await query(Prisma.sql`
    WITH new_facts AS MATERIALIZED (${caseFactsSql(caseIds)}),
    old_facts AS MATERIALIZED (
      SELECT ${Prisma.raw(columns)} FROM metric_case_fact WHERE case_id = ANY(${[...caseIds]}::int[])),
    signed AS (
      SELECT 1 AS sign, ${Prisma.raw(columns)} FROM new_facts
      UNION ALL SELECT -1 AS sign, ${Prisma.raw(columns)} FROM old_facts),
    written AS (
      INSERT INTO metric_case_fact (${Prisma.raw(columns)}) SELECT ${Prisma.raw(columns)} FROM new_facts
      ON CONFLICT (case_id) DO UPDATE SET ${Prisma.raw(updates)}
      RETURNING case_id),
    rollups AS (
      INSERT INTO metric_rollup (${Prisma.raw(`${rollupKeyColumns}, ${rollupValueColumns.join(', ')}`)})
      ${rollupContributionsSql('signed')}
      ON CONFLICT (${Prisma.raw(rollupKeyColumns)}) DO UPDATE SET ${Prisma.raw(addRollup.join(', '))}
      RETURNING 1),
    histogram AS (
      INSERT INTO metric_handling_histogram (${Prisma.raw(rollupKeyColumns)}, bucket, cases)
      ${histogramContributionsSql('signed')}
      ON CONFLICT (${Prisma.raw(rollupKeyColumns)}, bucket)
      DO UPDATE SET cases = metric_handling_histogram.cases + EXCLUDED.cases
      RETURNING 1)
    SELECT (SELECT count(*) FROM written)::int AS facts, (SELECT count(*) FROM rollups)::int AS rollups,
      (SELECT count(*) FROM histogram)::int AS buckets`);
}
