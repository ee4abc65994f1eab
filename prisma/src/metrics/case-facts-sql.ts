import { Prisma } from '../generated/prisma/client.js';
import { handlingBucketEdges } from './metric-counters.js';

/** Working minutes of the day up to a local timestamp, from the work periods in metric_state `m`. */
function minutesInDay(local: string): Prisma.Sql {
  return Prisma.raw(`(SELECT coalesce(sum(greatest(0, least(extract(epoch FROM ${local} - ${local}::date) / 60, w.e) - w.b)), 0)
      FROM unnest(m.period_starts, m.period_ends) AS w(b, e))`);
}

/** The fact table's columns in the order `caseFactsSql` selects them. */
export const factColumns = [
  'case_id',
  'cohort_day',
  'grid_code',
  'beat_code',
  'category_id',
  'department_id',
  'source',
  'officer_id',
  'x',
  'y',
  'reported',
  'officer_reports',
  'valid_officer_reports',
  'public_reports',
  'public_first',
  'verifies',
  'verifies_on_time',
  'accepted',
  'rejected',
  'merged',
  'invalid',
  'self_handled',
  'filed',
  'voided',
  'parked',
  'dispatched',
  'dispatches',
  'dispatches_on_time',
  'wrong_dispatches',
  'handled',
  'handles',
  'handles_on_time',
  'reworks',
  'checks',
  'checks_on_time',
  'extended',
  'closed',
  'closed_on_time',
  'handling_minutes',
  'handling_bucket',
] as const;

/**
 * The fact rows (one per case) of the given cases, or of every case: the single place where the
 * metric definitions of docs/metrics.md become SQL. An event is "on time" by its met_deadline;
 * where that is null, by its deadline_at (the deadline running when it happened: older CHECK_PASS
 * events and imported history may carry one without a verdict); with neither, on time (a step
 * without a limit cannot be late).
 */
export function caseFactsSql(caseIds: readonly number[] | 'all'): Prisma.Sql {
  const onCases = caseIds === 'all' ? Prisma.sql`TRUE` : Prisma.sql`c.id = ANY(${[...caseIds]}::int[])`;
  const onEvents = caseIds === 'all' ? Prisma.sql`TRUE` : Prisma.sql`e.case_id = ANY(${[...caseIds]}::int[])`;
  const onTime = Prisma.raw('coalesce(e.met_deadline, e.deadline_at IS NULL OR e.occurred_at <= e.deadline_at)');
  const edges = Prisma.raw(`ARRAY[${handlingBucketEdges.join(',')}]::float8[]`);
  return Prisma.sql`
    WITH event_counts AS (
      SELECT e.case_id,
        count(*) FILTER (WHERE e.action IN ('VERIFY', 'VERIFY_INVALID'))::int AS verifies,
        count(*) FILTER (WHERE e.action IN ('VERIFY', 'VERIFY_INVALID') AND ${onTime})::int
          AS verifies_on_time,
        bool_or(e.action = 'VERIFY') AS verified,
        count(*) FILTER (WHERE e.action IN ('DISPATCH', 'REDISPATCH'))::int AS dispatches,
        count(*) FILTER (WHERE e.action IN ('DISPATCH', 'REDISPATCH') AND ${onTime})::int
          AS dispatches_on_time,
        count(*) FILTER (WHERE e.action = 'APPROVE_RETURN')::int AS wrong_dispatches,
        count(*) FILTER (WHERE e.action = 'HANDLE')::int AS handles,
        count(*) FILTER (WHERE e.action = 'HANDLE' AND ${onTime})::int AS handles_on_time,
        count(*) FILTER (WHERE e.action = 'CHECK_FAIL')::int AS reworks,
        count(*) FILTER (WHERE e.action IN ('CHECK_PASS', 'CHECK_FAIL'))::int AS checks,
        count(*) FILTER (WHERE e.action IN ('CHECK_PASS', 'CHECK_FAIL') AND ${onTime})::int
          AS checks_on_time,
        bool_or(e.action = 'APPROVE_EXTENSION') AS extended,
        bool_or(e.action = 'HANDLE' AND NOT ${onTime}) AS handled_late,
        (array_agg(e.department_id ORDER BY e.id DESC)
          FILTER (WHERE e.action IN ('DISPATCH', 'REDISPATCH')))[1] AS last_department_id
      FROM case_event e
      WHERE ${onEvents}
      GROUP BY e.case_id
    ),
    status_changes AS (
      SELECT e.case_id, e.to_status, e.occurred_at,
        lead(e.occurred_at) OVER (PARTITION BY e.case_id ORDER BY e.id) AS left_at
      FROM case_event e
      WHERE ${onEvents} AND e.from_status IS DISTINCT FROM e.to_status
    ),
    handling AS (
      -- metric_working_minute(left_at) - metric_working_minute(occurred_at), written out as joins:
      -- a function call per interval costs minutes over 10^7 cases, the hash joins seconds.
      SELECT s.case_id,
        sum((b.minutes_before + CASE WHEN b.is_working THEN ${minutesInDay('l.left_local')} ELSE 0 END)
          - (a.minutes_before + CASE WHEN a.is_working THEN ${minutesInDay('l.entered_local')} ELSE 0 END)) AS minutes
      FROM status_changes s
      CROSS JOIN metric_state m
      CROSS JOIN LATERAL (
        SELECT s.occurred_at AT TIME ZONE m.time_zone AS entered_local, s.left_at AT TIME ZONE m.time_zone AS left_local
      ) l
      JOIN metric_work_day a ON a.day = l.entered_local::date
      JOIN metric_work_day b ON b.day = l.left_local::date
      WHERE s.to_status = 'DISPATCHED' AND s.left_at IS NOT NULL AND m.id = 1
      GROUP BY s.case_id
    ),
    facts AS (
      SELECT c.id AS case_id,
        (c.reported_at AT TIME ZONE m.time_zone)::date AS cohort_day,
        c.grid_code, c.beat_code, c.category_id,
        coalesce(ev.last_department_id, c.department_id) AS department_id,
        c.source,
        CASE WHEN c.source = 'OFFICER' THEN c.reporter_id END AS officer_id,
        ST_X(ST_Transform(c.point, 3857)) AS x, ST_Y(ST_Transform(c.point, 3857)) AS y,
        1 AS reported,
        (c.source = 'OFFICER')::int AS officer_reports,
        (c.source = 'OFFICER' AND (c.filed_at IS NOT NULL OR (c.self_handled AND c.status = 'CLOSED')))::int
          AS valid_officer_reports,
        (c.source IN ('PUBLIC', 'HOTLINE', 'OPEN311'))::int AS public_reports,
        (c.source IN ('PUBLIC', 'HOTLINE', 'OPEN311') AND coalesce(ev.verified, false))::int AS public_first,
        coalesce(ev.verifies, 0) AS verifies, coalesce(ev.verifies_on_time, 0) AS verifies_on_time,
        (c.accepted_at IS NOT NULL)::int AS accepted,
        (c.status = 'REJECTED')::int AS rejected,
        (c.status = 'MERGED')::int AS merged,
        (c.status = 'INVALID')::int AS invalid,
        c.self_handled::int AS self_handled,
        (c.filed_at IS NOT NULL)::int AS filed,
        (c.status = 'VOID')::int AS voided,
        (c.status = 'PARKED')::int AS parked,
        (c.dispatched_at IS NOT NULL)::int AS dispatched,
        coalesce(ev.dispatches, 0) AS dispatches, coalesce(ev.dispatches_on_time, 0) AS dispatches_on_time,
        coalesce(ev.wrong_dispatches, 0) AS wrong_dispatches,
        (c.handled_at IS NOT NULL AND NOT c.self_handled)::int AS handled,
        coalesce(ev.handles, 0) AS handles, coalesce(ev.handles_on_time, 0) AS handles_on_time,
        coalesce(ev.reworks, 0) AS reworks,
        coalesce(ev.checks, 0) AS checks, coalesce(ev.checks_on_time, 0) AS checks_on_time,
        coalesce(ev.extended, false)::int AS extended,
        (c.status = 'CLOSED' AND c.filed_at IS NOT NULL)::int AS closed,
        (c.status = 'CLOSED' AND c.filed_at IS NOT NULL AND NOT coalesce(ev.handled_late, false))::int
          AS closed_on_time,
        CASE WHEN c.status = 'CLOSED' AND c.filed_at IS NOT NULL THEN coalesce(h.minutes, 0) END
          AS handling_minutes
      FROM case_record c
      CROSS JOIN metric_state m
      LEFT JOIN event_counts ev ON ev.case_id = c.id
      LEFT JOIN handling h ON h.case_id = c.id
      WHERE ${onCases} AND m.id = 1
    )
    SELECT f.*, CASE WHEN f.handling_minutes IS NOT NULL
      THEN width_bucket(f.handling_minutes, ${edges}) END AS handling_bucket
    FROM facts f`;
}
