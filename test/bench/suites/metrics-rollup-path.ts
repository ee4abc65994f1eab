import { type DateRange, directQuery, type MetricRow, type PrismaClient, selectMetricRows } from '@gridloop/prisma';
import { Prisma } from '@gridloop/prisma/client';
import { type Measurement, measure } from '../harness/measure.js';

/** The issue's goal for the rollup path over a raw GROUP BY. */
export const rollupSpeedupGoal = 100;

/** The street ranking's core figures for one street, however they were computed. */
export interface StreetFigures {
  street: string;
  filed: number;
  closed: number;
  closedOnTime: number;
  handlingHoursMean: number | null;
}

/**
 * What a system without rollups would run for the street table of one district and month: the
 * district's cases reported that month (local dates), their events, one GROUP BY. Written plainly
 * from docs/metrics.md (on time by met_deadline, else deadline_at; handling time = working minutes
 * in DISPATCHED, through the migration's metric_working_minute), over the indexes case_record
 * has (the grid-code prefix index; there is none on reported_at).
 */
export function rawStreetTableSql(district: string, period: DateRange, timeZone: string): Prisma.Sql {
  return Prisma.sql`
    WITH scoped AS (
      SELECT c.id, left(c.grid_code, 9) AS street, c.filed_at IS NOT NULL AS filed,
        c.status = 'CLOSED' AND c.filed_at IS NOT NULL AS closed
      FROM case_record c
      WHERE c.grid_code LIKE ${`${district}%`}
        AND c.reported_at >= (${period.from}::date::timestamp AT TIME ZONE ${timeZone}::text)
        AND c.reported_at < ((${period.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}::text)
    ), status_changes AS (
      SELECT e.case_id, e.to_status, e.occurred_at,
        lead(e.occurred_at) OVER (PARTITION BY e.case_id ORDER BY e.id) AS left_at
      FROM case_event e JOIN scoped s ON s.id = e.case_id
      WHERE e.from_status IS DISTINCT FROM e.to_status
    ), handling AS (
      SELECT case_id, sum(metric_working_minute(left_at) - metric_working_minute(occurred_at)) AS minutes
      FROM status_changes WHERE to_status = 'DISPATCHED' AND left_at IS NOT NULL
      GROUP BY case_id
    ), per_case AS (
      SELECT s.id, s.street, s.filed, s.closed,
        coalesce(bool_or(e.action = 'HANDLE'
          AND NOT coalesce(e.met_deadline, e.deadline_at IS NULL OR e.occurred_at <= e.deadline_at)), false) AS late
      FROM scoped s LEFT JOIN case_event e ON e.case_id = s.id
      GROUP BY s.id, s.street, s.filed, s.closed
    )
    SELECT p.street,
      count(*) FILTER (WHERE p.filed)::int AS filed,
      count(*) FILTER (WHERE p.closed)::int AS closed,
      count(*) FILTER (WHERE p.closed AND NOT p.late)::int AS "closedOnTime",
      (sum(coalesce(h.minutes, 0)) FILTER (WHERE p.closed) / nullif(count(*) FILTER (WHERE p.closed), 0) / 60)::float8
        AS "handlingHoursMean"
    FROM per_case p LEFT JOIN handling h ON h.case_id = p.id
    GROUP BY p.street ORDER BY p.street`;
}

/** The street table's rows as the API reads them (selectGroupedRows → selectMetricRows: values + histogram). */
export function rollupStreetRows(prisma: PrismaClient, district: string, period: DateRange): Promise<MetricRow[]> {
  return selectMetricRows(prisma, { dimension: 'STREET', area: '', keyPrefix: district, period, grouping: 'KEY' });
}

function figuresOfRollup(rows: MetricRow[]): StreetFigures[] {
  return rows.map(({ group, counts }) => ({
    street: group,
    filed: counts.filed,
    closed: counts.closed,
    closedOnTime: counts.closedOnTime,
    handlingHoursMean: counts.handlingCases > 0 ? counts.handlingMinutes / counts.handlingCases / 60 : null,
  }));
}

/**
 * Both paths must give the same figures, or comparing their speed means nothing: every street's
 * counts equal, handling means within 10^-6 h (float sums in another order). Throws otherwise.
 */
export async function assertSameStreetFigures(
  prisma: PrismaClient,
  district: string,
  period: DateRange,
  timeZone: string,
): Promise<StreetFigures[]> {
  const rollup = figuresOfRollup(await rollupStreetRows(prisma, district, period));
  const raw = await directQuery<StreetFigures>(prisma, rawStreetTableSql(district, period, timeZone));
  const differences = raw.flatMap((row) => {
    const other = rollup.find((candidate) => candidate.street === row.street);
    const same =
      other &&
      other.filed === row.filed &&
      other.closed === row.closed &&
      other.closedOnTime === row.closedOnTime &&
      Math.abs((other.handlingHoursMean ?? 0) - (row.handlingHoursMean ?? 0)) < 1e-6 &&
      (other.handlingHoursMean === null) === (row.handlingHoursMean === null);
    return same ? [] : [`raw ${JSON.stringify(row)} ≠ rollup ${JSON.stringify(other ?? null)}`];
  });
  if (raw.length !== rollup.length) differences.push(`raw has ${raw.length} streets, rollup ${rollup.length}`);
  if (raw.length === 0) differences.push(`no street of ${district} has cases in ${period.from}..${period.to}`);
  if (differences.length > 0) {
    throw new Error(`the rollup and the raw GROUP BY disagree:\n${differences.slice(0, 5).join('\n')}`);
  }
  return raw;
}

/**
 * The same street table both ways, through the same driver and pool (directQuery: named prepared
 * statements, so both may use generic plans): the rollup path as the API runs it (two statements,
 * values and histogram, in parallel) and the raw GROUP BY (one statement, four figures only, so the
 * comparison favours it). Four clients each.
 */
export async function measureRollupPath(
  prisma: PrismaClient,
  district: string,
  period: DateRange,
  timeZone: string,
  seconds: number,
): Promise<{ baseline: Measurement; candidate: Measurement }> {
  const rawSql = rawStreetTableSql(district, period, timeZone);
  const baseline = await measure('raw GROUP BY case_record + case_event', () => directQuery(prisma, rawSql), {
    seconds,
    warmup: 5,
  });
  const candidate = await measure('rollup path (selectMetricRows)', () => rollupStreetRows(prisma, district, period), {
    seconds,
  });
  return { baseline, candidate };
}
