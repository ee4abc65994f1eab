import type { DirectQuery } from '../direct-query.js';
import { Prisma } from '../generated/prisma/client.js';

/** The days metric_work_day covers; working minutes outside them are unknown (NULL). */
export const metricCalendarRange = { first: '2000-01-01', last: '2100-12-31' } as const;

const minutesOf = (clock: string) => `(split_part(${clock}, ':', 1)::int * 60 + split_part(${clock}, ':', 2)::int)`;

/**
 * Whether metric_work_day was built from the stored work calendar and `timeZone`; when not, rebuilds
 * it (one set-based statement: each day's working flag from calendar_day and the weekend days, the
 * minutes before it as a running sum) and answers false, so the caller recomputes the facts.
 * Call it holding the metric_state row lock (the caller's transaction).
 */
export async function syncMetricCalendar(query: DirectQuery, timeZone: string): Promise<boolean> {
  const [state] = await query<{ isCurrent: boolean }>(Prisma.sql`
    SELECT (m.calendar_revision = s.revision AND m.time_zone = ${timeZone}) AS "isCurrent"
    FROM metric_state m, work_calendar_settings s WHERE m.id = 1 AND s.id = 1 FOR UPDATE OF m`);
  if (!state) throw new Error('metric_state or work_calendar_settings has no row 1: run the migrations');
  if (state.isCurrent) return true;
  await query(Prisma.sql`
    UPDATE metric_state m SET time_zone = ${timeZone}, calendar_revision = s.revision, updated_at = now(),
      period_starts = ARRAY(SELECT ${Prisma.raw(minutesOf("split_part(p, '-', 1)"))} FROM unnest(s.work_periods) p),
      period_ends = ARRAY(SELECT ${Prisma.raw(minutesOf("split_part(p, '-', 2)"))} FROM unnest(s.work_periods) p)
    FROM work_calendar_settings s WHERE m.id = 1 AND s.id = 1`);
  await query(Prisma.sql`DELETE FROM metric_work_day`);
  await query(Prisma.sql`
    INSERT INTO metric_work_day (day, is_working, minutes_before)
    SELECT days.day, days.is_working,
      coalesce(sum(CASE WHEN days.is_working THEN p.day_minutes ELSE 0 END)
        OVER (ORDER BY days.day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
    FROM (
      SELECT d::date AS day,
        coalesce(cd.kind = 'MAKE_UP_WORKDAY',
          NOT (extract(isodow FROM d)::int = ANY(s.weekend_days))) AS is_working
      FROM generate_series(${metricCalendarRange.first}::date, ${metricCalendarRange.last}::date, interval '1 day') d
      CROSS JOIN work_calendar_settings s
      LEFT JOIN calendar_day cd ON cd.date = d::date
      WHERE s.id = 1
    ) days
    CROSS JOIN (
      SELECT coalesce(sum(e - b), 0)::float8 AS day_minutes
      FROM metric_state, unnest(period_starts, period_ends) AS w(b, e) WHERE id = 1
    ) p`);
  return false;
}
