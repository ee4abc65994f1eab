import type { SuspendedInterval } from './elapsed-time.js';
import { compileCalendar } from './internal/compile-calendar.js';
import { elapsedMs } from './internal/elapsed-ms.js';
import { instantMs } from './internal/instant-ms.js';
import { MINUTE_MS } from './internal/local-date.js';
import type { TimeLimitUnit } from './time-limit-unit.js';
import type { WorkCalendar } from './work-calendar.js';

/** The traffic light of a running time limit (绿灯 / 黄灯 / 红灯). */
export type DeadlineLight = 'GREEN' | 'YELLOW' | 'RED';

export interface DeadlineProgressInput {
  readonly start: Date;
  /** The current deadline, recomputed after extensions and restores from parking. */
  readonly deadline: Date;
  readonly now: Date;
  readonly unit: TimeLimitUnit;
  /** Closed suspensions (parking 挂账); not counted in the limit nor in the time used. */
  readonly suspended?: readonly SuspendedInterval[];
}

export interface DeadlineProgress {
  /** Used / limit: 0.8 at the warning instant, 1 at the deadline. */
  readonly usedRatio: number;
  readonly light: DeadlineLight;
  /** Time used, in minutes of the unit's kind (working minutes for work units). */
  readonly usedMinutes: number;
  /** The limit from start to deadline, in the same minutes. */
  readonly limitMinutes: number;
  /** limit − used; negative once overdue (by that many minutes of the unit's kind). */
  readonly remainingMinutes: number;
}

/**
 * How far a step is into its time limit, and its light:
 *
 * - GREEN: less than 80 % used (used × 5 < limit × 4, in whole milliseconds);
 * - YELLOW: at least 80 % used and `now` not after the deadline, so exactly 100 % is still
 *   yellow: handled at the deadline is handled on time;
 * - RED: `now` after the deadline.
 *
 * RED is decided by the instant, not the ratio: for a deadline at 12:00, 12:30 is overdue
 * although no working time passed since (ratio exactly 1). The same three rules on stored
 * instants — `now < warningAt`, `≤ deadline`, `> deadline` with {@link warningInstant} — give
 * the same light, so lists and screens agree. Pass `now` = the parking instant while a case is
 * parked: its clock stands still.
 *
 * @throws {RangeError} for invalid Dates, a deadline before the start, or an unknown unit
 * @example
 * // 10 work hours from Monday 08:00 (deadline Tuesday 10:00), now Monday 18:00: 8 h used
 * deadlineProgress(defaultWorkCalendar, {
 *   start: new Date('2025-03-10T08:00+08:00'),
 *   deadline: new Date('2025-03-11T10:00+08:00'),
 *   now: new Date('2025-03-10T18:00+08:00'),
 *   unit: 'WORK_HOURS',
 * });
 * // { usedRatio: 0.8, light: 'YELLOW', usedMinutes: 480, limitMinutes: 600, remainingMinutes: 120 }
 */
export function deadlineProgress(calendar: WorkCalendar, input: DeadlineProgressInput): DeadlineProgress {
  const startMs = instantMs(input.start, 'start');
  const deadlineMs = instantMs(input.deadline, 'deadline');
  const nowMs = instantMs(input.now, 'now');
  if (deadlineMs < startMs) {
    throw new RangeError(
      `deadline ${input.deadline.toISOString()} must not be before start ${input.start.toISOString()}`,
    );
  }
  const compiled = compileCalendar(calendar);
  const suspended = input.suspended ?? [];
  const limit = elapsedMs(compiled, startMs, deadlineMs, input.unit, suspended);
  const used = elapsedMs(compiled, startMs, nowMs, input.unit, suspended);
  const hasStarted = nowMs >= startMs;
  const light: DeadlineLight = nowMs > deadlineMs ? 'RED' : hasStarted && used * 5 >= limit * 4 ? 'YELLOW' : 'GREEN';
  return {
    usedRatio: limit > 0 ? used / limit : hasStarted ? 1 : 0,
    light,
    usedMinutes: used / MINUTE_MS,
    limitMinutes: limit / MINUTE_MS,
    remainingMinutes: (limit - used) / MINUTE_MS,
  };
}
