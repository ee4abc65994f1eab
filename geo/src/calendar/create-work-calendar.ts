import { compileCalendar } from './internal/compile-calendar.js';
import type { IsoWeekday, WorkCalendar, WorkPeriod } from './work-calendar.js';

/** What a deployment may configure; everything left out takes the mainland-China default. */
export interface WorkCalendarOptions {
  /** IANA zone; default 'Asia/Shanghai'. */
  readonly timeZone?: string;
  /** Default 08:00-12:00 and 14:00-18:00 (one work day = 8 work hours). */
  readonly workPeriods?: readonly WorkPeriod[];
  /** ISO weekdays off; default [6, 7] (Saturday, Sunday). */
  readonly weekendDays?: readonly number[];
  /** 'YYYY-MM-DD' local dates off; default none. */
  readonly holidays?: Iterable<string>;
  /** 'YYYY-MM-DD' weekend dates that are working days (调休); default none. */
  readonly makeUpWorkdays?: Iterable<string>;
}

const DEFAULT_WORK_PERIODS: readonly WorkPeriod[] = Object.freeze([
  Object.freeze({ start: '08:00', end: '12:00' }),
  Object.freeze({ start: '14:00', end: '18:00' }),
]);

/**
 * Builds a validated, frozen {@link WorkCalendar}. Validation happens here, when an admin saves
 * the calendar, rather than deep inside a deadline computation: a typo in a holiday list must
 * not surface as a wrong deadline months later.
 *
 * @throws {RangeError} naming the bad value: an unknown time zone, a period that is not 'HH:MM',
 *   ends before it starts, or overlaps or precedes the one before it; a weekend day outside
 *   1-7 or repeated; a date that is not a real 'YYYY-MM-DD'; a date that is both a holiday and
 *   a make-up workday; or a week with no working day at all
 * @example
 * const calendar = createWorkCalendar({
 *   holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
 *   makeUpWorkdays: ['2025-09-28', '2025-10-11'],
 * });
 * calendar.timeZone; // 'Asia/Shanghai'
 * calendar.workPeriods; // [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '18:00' }]
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const periods = options.workPeriods ?? DEFAULT_WORK_PERIODS;
  const calendar: WorkCalendar = Object.freeze({
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    workPeriods: Object.freeze(
      Array.isArray(periods)
        ? periods.map((period) => Object.freeze({ start: period?.start, end: period?.end }))
        : periods,
    ),
    weekendDays: Object.freeze([...(options.weekendDays ?? [6, 7])] as IsoWeekday[]),
    holidays: new Set(options.holidays ?? []),
    makeUpWorkdays: new Set(options.makeUpWorkdays ?? []),
  });
  compileCalendar(calendar);
  return calendar;
}
