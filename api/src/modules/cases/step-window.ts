import { addWorkingTime, type TimeLimitUnit, type WorkCalendar, warningInstant } from '@gridloop/geo';

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
