/** ISO weekday number: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A daily work period in local wall-clock time, e.g. { start: '08:00', end: '12:00' }. */
export interface WorkPeriod {
  /** 'HH:MM', 00:00-23:59. */
  readonly start: string;
  /** 'HH:MM', after `start`; '24:00' means midnight at the end of the day. */
  readonly end: string;
}

/**
 * The working-time rules of one deployment: when the clock of a time limit runs.
 *
 * A local date is a working day when it is a make-up working day (调休上班), or it is neither a
 * holiday nor a weekend day. On a working day, working time is the union of `workPeriods`.
 * The holiday tables are data (an admin imports each year's State Council notice), never code.
 *
 * Treat a calendar as an immutable value: the arithmetic caches what it derives from each
 * calendar object, so build a new one with {@link createWorkCalendar} when the rules change.
 */
export interface WorkCalendar {
  /** IANA time zone in which dates and periods are read, e.g. 'Asia/Shanghai'. */
  readonly timeZone: string;
  /** Sorted, non-overlapping (touching is allowed) periods of one working day. */
  readonly workPeriods: readonly WorkPeriod[];
  /** Weekdays that are off unless listed as make-up working days; [6, 7] by default. */
  readonly weekendDays: readonly IsoWeekday[];
  /** 'YYYY-MM-DD' local dates that are off (法定节假日), whatever their weekday. */
  readonly holidays: ReadonlySet<string>;
  /** 'YYYY-MM-DD' local dates that are working days although they fall on a weekend (调休). */
  readonly makeUpWorkdays: ReadonlySet<string>;
}
