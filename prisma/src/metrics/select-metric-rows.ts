import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { areaFactsSql } from './area-facts-sql.js';
import { counterColumn, type MetricCounts, metricCounters } from './metric-counters.js';
import { areaCodeRange, type MetricDimension, type SubjectDimension, subjectKeySql } from './metric-dimensions.js';
import { coverRows, type DateRange } from './period-grains.js';

/** How rows are grouped: one total, one row per key, or one per time bucket. */
export type MetricGrouping = 'TOTAL' | 'KEY' | 'DAY' | 'WEEK' | 'MONTH';

export interface MetricRowsQuery {
  dimension: MetricDimension;
  /** Stored area of the rows: '' for area dimensions and for subject rows over every area. */
  area: string;
  /** Exact key, or every key starting with `keyPrefix` (area codes, digits only: areaCodeRange), or all. */
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
 * The rollup rows (alias `r`) of the request's keys at each (grain, period) that covers its period:
 * one range of the (dimension, area, grain, period, key) primary key per period, so a read touches
 * only the rows it sums, however long the history. OFFSET 0 keeps the lateral subquery a nested loop: the
 * statements are prepared, and a generic plan would otherwise take the cheaper-looking scan of
 * every row of (dimension, area) and filter it (its row estimates know nothing of the history).
 */
function coveredRowsSql(table: 'metric_rollup' | 'metric_handling_histogram', request: MetricRowsQuery): Prisma.Sql {
  const { grains, periods } = coverRows(request.period, {
    daysOnly: request.grouping === 'DAY' || request.grouping === 'WEEK',
  });
  // An exact key is the one-key range, so the two share a statement text.
  const keys =
    request.key !== undefined
      ? { from: request.key, to: request.key }
      : request.keyPrefix !== undefined
        ? areaCodeRange(request.keyPrefix)
        : undefined;
  const keyCondition = keys ? Prisma.sql`AND r.key BETWEEN ${keys.from} AND ${keys.to}` : Prisma.empty;
  return Prisma.sql`unnest(${grains}::bpchar[], ${periods}::date[]) AS p(grain, period)
    CROSS JOIN LATERAL (
      SELECT * FROM ${Prisma.raw(table)} r
      WHERE r.dimension = ${request.dimension} AND r.area = ${request.area} AND r.grain = p.grain
        AND r.period = p.period ${keyCondition}
      OFFSET 0) r`;
}

/**
 * Reads summed counters from the rollups: whole months from month rows and the days around them
 * from day rows (DAY and WEEK buckets read day rows only). Two statements (values, histogram), each
 * an index range per period over the rows of one key, one key prefix or every key of the area.
 */
export async function selectMetricRows(prisma: PrismaClient, request: MetricRowsQuery): Promise<MetricRow[]> {
  const group = Prisma.raw(groupSql(request.grouping, 'r.key', 'r.period'));
  const [values, buckets] = await Promise.all([
    directQuery<MetricCounts & { group: string }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", ${Prisma.raw(sums)} FROM ${coveredRowsSql('metric_rollup', request)}
        GROUP BY 1 HAVING sum(reported) > 0 ORDER BY 1`,
    ),
    directQuery<{ group: string; bucket: number; cases: number }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", bucket, sum(cases)::int AS cases
        FROM ${coveredRowsSql('metric_handling_histogram', request)} GROUP BY 1, 2 HAVING sum(cases) > 0`,
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
  const filters = [
    ...(request.subject ? [Prisma.sql`${Prisma.raw(keyOf(request.subject.dimension))} = ${request.subject.key}`] : []),
    ...(request.grouping === 'KEY' ? [Prisma.sql`${group} IS NOT NULL`] : []),
  ];
  const facts = areaFactsSql(request.gridCodePrefix, request.period);
  const factSums = sums
    .replace('coalesce(sum(handling_minutes), 0)', 'coalesce(sum(f.handling_minutes), 0)')
    .replace('sum(handling_cases)', 'count(f.handling_minutes)');
  const [values, buckets] = await Promise.all([
    directQuery<MetricCounts & { group: string }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", ${Prisma.raw(factSums)} FROM ${facts} ${whereSql(filters)}
        GROUP BY 1 ORDER BY 1`,
    ),
    directQuery<{ group: string; bucket: number; cases: number }>(
      prisma,
      Prisma.sql`SELECT ${group} AS "group", f.handling_bucket AS bucket, count(*)::int AS cases
        FROM ${facts} ${whereSql([...filters, Prisma.sql`f.handling_bucket IS NOT NULL`])} GROUP BY 1, 2`,
    ),
  ]);
  return withHistograms(values, buckets);
}

const whereSql = (filters: Prisma.Sql[]) =>
  filters.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(filters, ' AND ')}`;

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
