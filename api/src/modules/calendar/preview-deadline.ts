import {
  addWorkingTime,
  isWorkingDay,
  localDateOf,
  type TimeLimitUnit,
  type WorkCalendar,
  warningInstant,
  workingMinutesBetween,
} from '@gridloop/geo';
import { datesBetween } from './calendar-date.js';

/** A local date inside a previewed window on which the clock of work units stands still. */
export interface DayOff {
  date: string;
  /** HOLIDAY when the calendar lists it (法定节假日), WEEKEND otherwise. */
  reason: 'HOLIDAY' | 'WEEKEND';
}

export interface DeadlinePreview {
  from: Date;
  deadlineAt: Date;
  /** When the light turns yellow (80 % used). */
  warnAt: Date;
  /** Working time between `from` and the deadline: the limit itself for work units. */
  workMinutes: number;
  /** Real time between `from` and the deadline. */
  elapsedMinutes: number;
  /** Local dates from the start's to the deadline's, both included. */
  calendarDays: number;
  /** The days off among them, in order: why a work-unit deadline lands where it does. */
  daysOff: DayOff[];
}

/**
 * How a time limit resolves under a calendar: what an admin checks before go-live ("4 work hours
 * from Monday 27 January 2025 16:00 end on Wednesday 5 February at 10:00, after the Spring
 * Festival"). The same functions the case loop uses, so the preview and a real case agree.
 *
 * @throws {RangeError} for an amount the arithmetic refuses (negative, over ten years)
 */
export function previewDeadline(
  calendar: WorkCalendar,
  from: Date,
  amount: number,
  unit: TimeLimitUnit,
): DeadlinePreview {
  const deadlineAt = addWorkingTime(calendar, from, amount, unit);
  const dates = datesBetween(localDateOf(from, calendar.timeZone), localDateOf(deadlineAt, calendar.timeZone));
  const daysOff = dates
    .filter((date) => !isWorkingDay(calendar, date))
    .map((date): DayOff => ({ date, reason: calendar.holidays.has(date) ? 'HOLIDAY' : 'WEEKEND' }));
  return {
    from,
    deadlineAt,
    warnAt: warningInstant(calendar, from, amount, unit),
    workMinutes: workingMinutesBetween(calendar, from, deadlineAt),
    elapsedMinutes: (deadlineAt.getTime() - from.getTime()) / 60_000,
    calendarDays: dates.length,
    daysOff,
  };
}
