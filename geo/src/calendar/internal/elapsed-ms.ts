import type { SuspendedInterval } from '../elapsed-time.js';
import { isWorkingTimeUnit, type TimeLimitUnit } from '../time-limit-unit.js';
import { activeIntervals } from './active-intervals.js';
import type { CompiledCalendar } from './compile-calendar.js';
import { workingMsBetween } from './work-walk.js';

/** Time (ms) in [fromMs, toMs) of the unit's kind, minus the suspended intervals. */
export function elapsedMs(
  calendar: CompiledCalendar,
  fromMs: number,
  toMs: number,
  unit: TimeLimitUnit,
  suspended: readonly SuspendedInterval[],
): number {
  const isWork = isWorkingTimeUnit(unit);
  let total = 0;
  for (const [start, end] of activeIntervals(fromMs, toMs, suspended)) {
    total += isWork ? workingMsBetween(calendar, start, end) : end - start;
  }
  return total;
}
