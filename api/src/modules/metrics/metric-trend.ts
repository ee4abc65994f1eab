import type { DateRange, PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import { periodDays, validPeriod } from './metric-period.js';
import { type MetricScopeInput, resolveMetricScope } from './metric-scope.js';
import { type MetricValues, metricValuesOf } from './metric-values.js';
import { selectScopeRows } from './scope-rows.js';

export type TrendBucket = 'DAY' | 'WEEK' | 'MONTH';

export interface TrendPoint {
  /** First day of the bucket (weeks start on Monday); the first bucket may start before the period. */
  start: string;
  values: MetricValues;
}

const maxDayBuckets = 366;

/** The metrics of one scope per day, week or month of the period, empty buckets included. */
export async function metricTrend(
  prisma: PrismaClient,
  viewer: Viewer,
  request: { period: DateRange; bucket: TrendBucket; scope?: MetricScopeInput | null },
): Promise<TrendPoint[]> {
  const period = validPeriod(request.period);
  if (request.bucket === 'DAY' && periodDays(period) > maxDayBuckets) {
    throw new DomainError('BAD_REQUEST', `A daily trend may span at most ${maxDayBuckets} days.`, { field: 'period' });
  }
  const scope = await resolveMetricScope(prisma, viewer, request.scope);
  const rows = await selectScopeRows(prisma, scope, period, request.bucket);
  const byStart = new Map(rows.map((row) => [row.group, row]));
  return bucketStarts(period, request.bucket).map((start) => ({ start, values: metricValuesOf(byStart.get(start)) }));
}

/** The first day of every bucket touching the period. */
export function bucketStarts({ from, to }: DateRange, bucket: TrendBucket): string[] {
  const starts: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  if (bucket === 'WEEK') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  if (bucket === 'MONTH') day.setUTCDate(1);
  while (day.toISOString().slice(0, 10) <= to) {
    starts.push(day.toISOString().slice(0, 10));
    if (bucket === 'DAY') day.setUTCDate(day.getUTCDate() + 1);
    if (bucket === 'WEEK') day.setUTCDate(day.getUTCDate() + 7);
    if (bucket === 'MONTH') day.setUTCMonth(day.getUTCMonth() + 1);
  }
  return starts;
}
