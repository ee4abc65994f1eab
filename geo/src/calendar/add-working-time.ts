import { compileCalendar } from './internal/compile-calendar.js';
import { instantMs, toDate } from './internal/instant-ms.js';
import { limitMs } from './internal/limit-ms.js';
import { addWorkingMs } from './internal/work-walk.js';
import { isWorkingTimeUnit, type TimeLimitUnit } from './time-limit-unit.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * The deadline of a time limit that starts at `start`: the earliest instant by which `amount`
 * `unit`s have elapsed. Computed once when a step starts and stored, so the database can find
 * overdue cases by comparing instants.
 *
 * For work units, time outside work periods does not count: a start outside work time begins
 * counting at the next period's start, and a deadline that exactly fills a period stays at
 * that period's end (4 work hours from Monday 08:00 is Monday 12:00, not 14:00). An amount of 0
 * returns `start`. Natural units are plain addition (a natural day is 24 hours). Results are
 * rounded to the millisecond.
 *
 * @param amount - finite and ≥ 0; may be fractional (0.5 work hours)
 * @throws {RangeError} for an invalid Date, a negative, NaN or infinite amount, a limit longer
 *   than ten years, an unknown unit, or an invalid calendar
 * @example
 * // Friday 2025-03-07 16:00 in Shanghai, 4 work hours: 2 on Friday, 2 on Monday
 * addWorkingTime(defaultWorkCalendar, new Date('2025-03-07T16:00+08:00'), 4, 'WORK_HOURS');
 * // 2025-03-10T02:00:00.000Z (Monday 10:00 in Shanghai)
 */
export function addWorkingTime(calendar: WorkCalendar, start: Date, amount: number, unit: TimeLimitUnit): Date {
  const startMs = instantMs(start, 'start');
  const compiled = compileCalendar(calendar);
  const durationMs = limitMs(compiled, amount, unit);
  const deadlineMs = isWorkingTimeUnit(unit) ? addWorkingMs(compiled, startMs, durationMs) : startMs + durationMs;
  return toDate(deadlineMs, () => `the deadline of ${amount} ${unit} from ${start.toISOString()}`);
}
