import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { counterColumn, type MetricCounts, metricCounters } from './metric-counters.js';
import { type MetricDimension, type SubjectDimension, subjectKeySql } from './metric-dimensions.js';
import { type DateRange, grainCover } from './period-grains.js';

/** How rows are grouped: one total, one row per key, or one per time bucket. */
export type MetricGrouping = 'TOTAL' | 'KEY' | 'DAY' | 'WEEK' | 'MONTH';

export interface MetricRowsQuery {
  dimension: MetricDimension;
  /** Stored area of the rows: '' for area dimensions and for subject rows over every area. */
  area: string;
  /** Exact key, or every key starting with `keyPrefix` (area dimensions within an area), or all. */
  key?: string;
  keyPrefix?: string;
  period: DateRange;
  grouping: MetricGrouping;
}

/** Summed counters of one group and its closed cases per handling bucket. */
export interface MetricRow {
  /** The key, the bucket's first day, or '' for a total. */
  group: string;
  counts: MetricCounts;
  /** bucket number → closed cases. */
  histogram: Map<number, number>;
}

const sums = [
  ...metricCounters.map((counter) => `sum(${counterColumn(counter)})::int AS "${counter}"`),
  'coalesce(sum(handling_minutes), 0)::float8 AS "handlingMinutes"',
  'sum(handling_cases)::int AS "handlingCases"',
].join(', ');

function groupSql(grouping: MetricGrouping, keyColumn: string, dayColumn: string): string {
  switch (grouping) {
    case 'TOTAL':
      return `''`;
    case 'KEY':
      return keyColumn;
    case 'DAY':
      return `to_char(${dayColumn}, 'YYYY-MM-DD')`;
    case 'WEEK':
      return `to_char(date_trunc('week', ${dayColumn}), 'YYYY-MM-DD')`;
    case 'MONTH':
      return `to_char(date_trunc('month', ${dayColumn}), 'YYYY-MM-DD')`;
  }
}

/**
 * Reads summed counters from the rollups: whole months from month rows and the days around them
 * from day rows (DAY and WEEK buckets read day rows only). Two statements (values, histogram), each
 * an index range over the rows of one key or one key prefix.
 */
export async function selectMetricRows(prisma: PrismaClient, request: MetricRowsQuery): Promise<MetricRow[]> {
  const cover =
    request.grouping === 'DAY' || request.grouping === 'WEEK'
      ? { months: null, days: [request.period] }
      : grainCover(request.period);
  const [first, second] = cover.days;
  const where = Prisma.sql`
    dimension = ${request.dimension} AND area = ${request.area}
    AND (${request.key ?? null}::text IS NULL OR key = ${request.key ?? null})
    AND (${request.keyPrefix ?? null}::text IS NULL OR key LIKE ${`${request.keyPrefix ?? ''}%`})
    AND ((grain = 'M' AND period BETWEEN ${cover.months?.from ?? null}::date AND ${cover.months?.to ?? null}::date)
      OR (grain = 'D' AND (period BETWEEN ${first?.from ?? null}::date AND ${first?.to ?? null}::date
        OR period BETWEEN ${second?.from ?? null}::date AND ${second?.to ?? null}::date)))`;
  const group = Prisma.raw(groupSql(request.grouping, 'key', 'period'));
  const [values, buckets] = await Promise.all([
    directQuery<MetricCounts & { group: string }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", ${Prisma.raw(sums)} FROM metric_rollup WHERE ${where}
        GROUP BY 1 HAVING sum(reported) > 0 ORDER BY 1`,
    ),
    directQuery<{ group: string; bucket: number; cases: number }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", bucket, sum(cases)::int AS cases FROM metric_handling_histogram
        WHERE ${where} GROUP BY 1, 2 HAVING sum(cases) > 0`,
    ),
  ]);
  return withHistograms(values, buckets);
}

export interface FactRowsQuery {
  /** Grid-code prefix of the area (any length; '' for everywhere). */
  gridCodePrefix: string;
  /** Restrict to one subject key (e.g. DEPARTMENT '12'). */
  subject?: { dimension: SubjectDimension; key: string };
  /** Group by this dimension's key when grouping is KEY. */
  groupDimension?: MetricDimension;
  period: DateRange;
  grouping: MetricGrouping;
}

const areaKeySql: Record<string, string> = {
  DISTRICT: 'left(f.grid_code, 6)',
  STREET: 'left(f.grid_code, 9)',
  COMMUNITY: 'left(f.grid_code, 12)',
  GRID: 'f.grid_code',
};

/**
 * The same sums straight from the per-case facts: for scopes finer than the stored rollups (a
 * community's departments, a grid's categories), where the facts are few. Also the reference the
 * tests compare the rollups with.
 */
export async function selectFactRows(prisma: PrismaClient, request: FactRowsQuery): Promise<MetricRow[]> {
  const keyOf = (dimension: MetricDimension) => areaKeySql[dimension] ?? subjectKeySql[dimension as SubjectDimension];
  const group = Prisma.raw(groupSql(request.grouping, keyOf(request.groupDimension ?? 'GRID'), 'f.cohort_day'));
  const subject = request.subject
    ? Prisma.sql`AND ${Prisma.raw(keyOf(request.subject.dimension))} = ${request.subject.key}`
    : Prisma.empty;
  const where = Prisma.sql`f.grid_code LIKE ${`${request.gridCodePrefix}%`}
    AND f.cohort_day BETWEEN ${request.period.from}::date AND ${request.period.to}::date ${subject}`;
  const keyFilter = request.grouping === 'KEY' ? Prisma.sql`AND ${group} IS NOT NULL` : Prisma.empty;
  const factSums = sums
    .replace('coalesce(sum(handling_minutes), 0)', 'coalesce(sum(f.handling_minutes), 0)')
    .replace('sum(handling_cases)', 'count(f.handling_minutes)');
  const [values, buckets] = await Promise.all([
    directQuery<MetricCounts & { group: string }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", ${Prisma.raw(factSums)} FROM metric_case_fact f
        WHERE ${where} ${keyFilter} GROUP BY 1 ORDER BY 1`,
    ),
    directQuery<{ group: string; bucket: number; cases: number }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", f.handling_bucket AS bucket, count(*)::int AS cases
        FROM metric_case_fact f WHERE ${where} ${keyFilter} AND f.handling_bucket IS NOT NULL GROUP BY 1, 2`,
    ),
  ]);
  return withHistograms(values, buckets);
}

function withHistograms(
  values: (MetricCounts & { group: string })[],
  buckets: { group: string; bucket: number; cases: number }[],
): MetricRow[] {
  const byGroup = new Map<string, Map<number, number>>();
  for (const { group, bucket, cases } of buckets) {
    const histogram = byGroup.get(group) ?? new Map<number, number>();
    histogram.set(bucket, cases);
    byGroup.set(group, histogram);
  }
  return values.map(({ group, ...counts }) => ({ group, counts, histogram: byGroup.get(group) ?? new Map() }));
}
