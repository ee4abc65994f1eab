import { compileCalendar } from './internal/compile-calendar.js';
import { parseLocalDate } from './internal/local-date.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * Whether a local date is a working day: a make-up workday (调休上班), or neither a holiday nor
 * a weekend day. Dates are local to the calendar's zone, so no time zone is involved here.
 *
 * @param date - 'YYYY-MM-DD'
 * @throws {RangeError} if `date` is not a real 'YYYY-MM-DD' date
 * @example
 * const calendar = createWorkCalendar({ holidays: ['2025-10-01'], makeUpWorkdays: ['2025-09-28'] });
 * isWorkingDay(calendar, '2025-10-01'); // false (National Day, a Wednesday)
 * isWorkingDay(calendar, '2025-09-28'); // true (a make-up Sunday)
 */
export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  const epochDay = parseLocalDate(date, 'date');
  return compileCalendar(calendar).workIntervalsOn(epochDay).length > 0;
}
