import { addWorkingTime, elapsedTime, type WorkCalendar, warningInstant } from '@gridloop/geo';
import type { RunningStepClock } from '@gridloop/prisma';
import { type StepWindow, stepWindow } from '../cases/step-window.js';

/**
 * The window a running step would have had under `calendar`: its limit counted from the step's
 * start, then each approved extension added to the deadline, the yellow point at 80 % of the whole
 * window — the same arithmetic the transitions use (step-window.ts and the extension branch of
 * plan-case-change.ts), so an unchanged calendar gives back exactly the stored instants.
 */
export function recomputeStepWindow(
  calendar: WorkCalendar,
  clock: Pick<RunningStepClock, 'stepStartedAt' | 'stepLimitAmount' | 'stepLimitUnit' | 'extensions'>,
): StepWindow {
  const { stepStartedAt: start, stepLimitUnit: unit } = clock;
  let window = stepWindow(calendar, start, clock.stepLimitAmount, unit);
  for (const extension of clock.extensions) {
    const deadlineAt = addWorkingTime(calendar, window.deadlineAt, extension.amount, extension.unit);
    const isNatural = unit === 'NATURAL_HOURS' || unit === 'NATURAL_DAYS';
    const totalHours = elapsedTime(calendar, start, deadlineAt, unit) / 60;
    const warnAt = warningInstant(calendar, start, totalHours, isNatural ? 'NATURAL_HOURS' : 'WORK_HOURS');
    window = { warnAt, deadlineAt };
  }
  return window;
}
