import { Prisma } from '../generated/prisma/client.js';
import { areaCodeRange } from './metric-dimensions.js';
import { type DateRange, daysOf } from './period-grains.js';

/**
 * The fact rows (alias `f`) of the cases reported in an area (grid-code prefix) during a period, as a
 * FROM item: one range of the (cohort_day, grid_code) index per day, so a read touches only the
 * area's cases of those days, however long the history and however big the city. OFFSET 0 keeps
 * it a nested loop over the days in a generic plan, which would otherwise scan a whole range of one
 * column and filter the other (its estimates cannot tell a street from the city).
 */
export function areaFactsSql(gridCodePrefix: string, period: DateRange): Prisma.Sql {
  const codes = areaCodeRange(gridCodePrefix);
  return Prisma.sql`unnest(${daysOf(period)}::date[]) AS d(day)
    CROSS JOIN LATERAL (
      SELECT * FROM metric_case_fact f
      WHERE f.cohort_day = d.day AND f.grid_code BETWEEN ${codes.from} AND ${codes.to}
      OFFSET 0) f`;
}
