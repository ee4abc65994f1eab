import { compileCalendar } from './internal/compile-calendar.js';
import { instantMs } from './internal/instant-ms.js';
import { MINUTE_MS } from './internal/local-date.js';
import { workingMsBetween } from './internal/work-walk.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * Minutes of working time from `from` to `to` (fractional below a minute; 0 when `to` is not
 * after `from`). The inverse of {@link addWorkingTime}: for any start and amount,
 * `workingMinutesBetween(c, start, addWorkingTime(c, start, h, 'WORK_HOURS'))` is `h × 60`.
 * Metrics use it for handling times in working hours.
 *
 * @throws {RangeError} for an invalid Date or calendar
 * @example
 * // Friday 16:00 to Monday 10:00 in Shanghai: 2 hours on Friday + 2 on Monday
 * workingMinutesBetween(defaultWorkCalendar, new Date('2025-03-07T16:00+08:00'), new Date('2025-03-10T10:00+08:00'));
 * // 240
 */
export function workingMinutesBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const fromMs = instantMs(from, 'from');
  const toMs = instantMs(to, 'to');
  return workingMsBetween(compileCalendar(calendar), fromMs, toMs) / MINUTE_MS;
}
