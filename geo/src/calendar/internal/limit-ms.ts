import { isWorkingTimeUnit, type TimeLimitUnit } from '../time-limit-unit.js';
import type { CompiledCalendar } from './compile-calendar.js';
import { DAY_MS, HOUR_MS } from './local-date.js';

/** Longer limits are data-entry errors (real tables stop at tens of work days). */
const MAX_LIMIT_MS = 3660 * DAY_MS;

/**
 * A time limit in milliseconds of its own kind of time (working or natural), rounded to the
 * millisecond so that fractional amounts such as 0.1 work hours add up exactly.
 * @throws {RangeError} naming the bad amount or unit
 */
export function limitMs(calendar: CompiledCalendar, amount: number, unit: TimeLimitUnit): number {
  const isWork = isWorkingTimeUnit(unit);
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`time limit amount must be a finite number ≥ 0, got ${String(amount)}`);
  }
  const unitMs = unit === 'WORK_DAYS' ? calendar.workDayMs : unit === 'NATURAL_DAYS' ? DAY_MS : HOUR_MS;
  const ms = Math.round(amount * unitMs);
  if (ms > MAX_LIMIT_MS) {
    throw new RangeError(
      `time limit ${amount} ${unit} is longer than ten years of ${isWork ? 'working' : 'natural'} time`,
    );
  }
  return ms;
}
