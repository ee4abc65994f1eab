import { compileCalendar } from './internal/compile-calendar.js';
import { elapsedMs } from './internal/elapsed-ms.js';
import { instantMs } from './internal/instant-ms.js';
import { MINUTE_MS } from './internal/local-date.js';
import type { TimeLimitUnit } from './time-limit-unit.js';
import type { WorkCalendar } from './work-calendar.js';

/** A stretch during which a case's clock stood still, e.g. while it was parked (挂账). */
export interface SuspendedInterval {
  readonly from: Date;
  /** Not before `from`. For a suspension still running, pass the `to` of the measurement. */
  readonly to: Date;
}

export interface ElapsedTimeOptions {
  /** Intervals not counted; they may overlap each other or reach outside [from, to). */
  readonly suspended?: readonly SuspendedInterval[];
}

/**
 * How much of a time limit has been used between `from` and `to`, in minutes of the unit's
 * kind: working minutes for WORK_HOURS and WORK_DAYS (both in minutes, not hours or days),
 * plain minutes for NATURAL_HOURS and NATURAL_DAYS. Suspended intervals (parking 挂账) are
 * removed first, each instant at most once, so overlapping suspensions are not subtracted
 * twice. Returns 0 when `to` is not after `from`.
 *
 * @throws {RangeError} for an invalid Date, an unknown unit, a suspension that ends before it
 *   starts, or an invalid calendar
 * @example
 * // Monday 08:00 to Wednesday 08:00, parked Monday 14:00 to Tuesday 12:00:
 * // 16 work hours minus the 8 work hours of the parking
 * elapsedTime(defaultWorkCalendar, new Date('2025-03-10T08:00+08:00'), new Date('2025-03-12T08:00+08:00'), 'WORK_HOURS', {
 *   suspended: [{ from: new Date('2025-03-10T14:00+08:00'), to: new Date('2025-03-11T12:00+08:00') }],
 * });
 * // 480
 */
export function elapsedTime(
  calendar: WorkCalendar,
  from: Date,
  to: Date,
  unit: TimeLimitUnit,
  options: ElapsedTimeOptions = {},
): number {
  const fromMs = instantMs(from, 'from');
  const toMs = instantMs(to, 'to');
  return elapsedMs(compileCalendar(calendar), fromMs, toMs, unit, options.suspended ?? []) / MINUTE_MS;
}
