import { compileCalendar } from './internal/compile-calendar.js';
import { limitMs } from './internal/limit-ms.js';
import { MINUTE_MS } from './internal/local-date.js';
import type { TimeLimitUnit } from './time-limit-unit.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * A time limit as minutes of its own kind of time, the scale {@link elapsedTime} measures in:
 * working minutes for work units (a work day is the calendar's standard work day), plain minutes
 * for natural units. Lets a screen show "6.5 of 8 work hours used".
 *
 * @throws {RangeError} for a negative, NaN or infinite amount, an unknown unit, or a limit
 *   longer than ten years
 * @example
 * timeLimitMinutes(defaultWorkCalendar, 2, 'WORK_DAYS'); // 960 (2 × 8 work hours)
 * timeLimitMinutes(defaultWorkCalendar, 1, 'NATURAL_DAYS'); // 1440
 */
export function timeLimitMinutes(calendar: WorkCalendar, amount: number, unit: TimeLimitUnit): number {
  return limitMs(compileCalendar(calendar), amount, unit) / MINUTE_MS;
}
