import {
  addWorkingTime,
  elapsedTime,
  isWorkingTimeUnit,
  type TimeLimitUnit,
  type WorkCalendar,
  warningInstant,
} from '@gridloop/geo';

/** When a step turns yellow (80 % of its limit used) and when it is overdue. */
export interface StepWindow {
  warnAt: Date;
  deadlineAt: Date;
}

/**
 * The window of a step starting at `start` with a limit, in working time for work units and
 * continuously for natural ones. Stored on the case when the step starts, so queues sort and light
 * cases by plain instants.
 */
export function stepWindow(calendar: WorkCalendar, start: Date, amount: number, unit: TimeLimitUnit): StepWindow {
  return {
    warnAt: warningInstant(calendar, start, amount, unit),
    deadlineAt: addWorkingTime(calendar, start, amount, unit),
  };
}

/**
 * A running step's window after an approved extension (延期): the extra time counted from the old
 * deadline, the yellow point moved to 80 % of the whole, longer window (measured in the step's unit).
 */
export function extendStepWindow(
  calendar: WorkCalendar,
  step: { startedAt: Date; deadlineAt: Date; unit: TimeLimitUnit },
  extra: { amount: number; unit: TimeLimitUnit },
): StepWindow {
  const deadlineAt = addWorkingTime(calendar, step.deadlineAt, extra.amount, extra.unit);
  const totalHours = elapsedTime(calendar, step.startedAt, deadlineAt, step.unit) / 60;
  const warnUnit = isWorkingTimeUnit(step.unit) ? 'WORK_HOURS' : 'NATURAL_HOURS';
  return { warnAt: warningInstant(calendar, step.startedAt, totalHours, warnUnit), deadlineAt };
}
