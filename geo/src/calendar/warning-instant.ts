import { compileCalendar } from './internal/compile-calendar.js';
import { instantMs, toDate } from './internal/instant-ms.js';
import { limitMs } from './internal/limit-ms.js';
import { addWorkingMs } from './internal/work-walk.js';
import { isWorkingTimeUnit, type TimeLimitUnit } from './time-limit-unit.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * The instant at which 80 % of a time limit has been used, in the unit's kind of time: when the
 * traffic light turns yellow. Stored beside the deadline, it lets the database classify lights
 * with plain comparisons, exactly as {@link deadlineProgress} does:
 * GREEN `now < warningAt`, YELLOW `warningAt ≤ now ≤ deadline`, RED `now > deadline`.
 *
 * Like the deadline, it is computed without suspensions; after a parked case is restored,
 * recompute both from the restore instant and the limit left.
 *
 * @throws {RangeError} for the same inputs as {@link addWorkingTime}
 * @example
 * // 10 work hours from Monday 08:00: 8 hours of it are used at Monday 18:00
 * warningInstant(defaultWorkCalendar, new Date('2025-03-10T08:00+08:00'), 10, 'WORK_HOURS');
 * // 2025-03-10T10:00:00.000Z (Monday 18:00 in Shanghai)
 */
export function warningInstant(calendar: WorkCalendar, start: Date, amount: number, unit: TimeLimitUnit): Date {
  const startMs = instantMs(start, 'start');
  const compiled = compileCalendar(calendar);
  // Integer arithmetic, rounded up: the first millisecond at which used × 5 ≥ limit × 4.
  const warnMs = Math.ceil((limitMs(compiled, amount, unit) * 4) / 5);
  const warningMs = isWorkingTimeUnit(unit) ? addWorkingMs(compiled, startMs, warnMs) : startMs + warnMs;
  return toDate(warningMs, () => `the warning instant of ${amount} ${unit} from ${start.toISOString()}`);
}
