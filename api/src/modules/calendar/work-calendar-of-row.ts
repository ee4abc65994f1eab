import { createWorkCalendar, type WorkCalendar } from '@gridloop/geo';
import type { WorkCalendarRow } from '@gridloop/prisma';
import { parseWorkPeriodText } from './work-period-text.js';

/**
 * The {@link WorkCalendar} a stored calendar stands for, in the deployment's time zone. Validated
 * by `createWorkCalendar`, so a row that slipped past the admin checks fails here, loudly, rather
 * than as wrong deadlines.
 *
 * @throws {RangeError} naming the bad period, weekday or date
 */
export function workCalendarOfRow(row: Omit<WorkCalendarRow, 'revision'>, timeZone: string): WorkCalendar {
  return createWorkCalendar({
    timeZone,
    workPeriods: row.workPeriods.map(parseWorkPeriodText),
    weekendDays: row.weekendDays,
    holidays: row.holidays,
    makeUpWorkdays: row.makeUpWorkdays,
  });
}
