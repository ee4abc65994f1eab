import type { WorkCalendar } from '@gridloop/geo';
import type { RunningStepClock } from '@gridloop/prisma';
import { extendStepWindow, type StepWindow, stepWindow } from '../cases/step-window.js';

/**
 * The window a running step would have had under `calendar`: its limit counted from the step's
 * start, then each approved extension added to the deadline, the yellow point at 80 % of the whole
 * window — the same functions the transitions use (step-window.ts), so an unchanged calendar gives back exactly the stored instants.
 */
export function recomputeStepWindow(
  calendar: WorkCalendar,
  clock: Pick<RunningStepClock, 'stepStartedAt' | 'stepLimitAmount' | 'stepLimitUnit' | 'extensions'>,
): StepWindow {
  const { stepStartedAt: start, stepLimitUnit: unit } = clock;
  let window = stepWindow(calendar, start, clock.stepLimitAmount, unit);
  for (const extension of clock.extensions) {
    window = extendStepWindow(calendar, { startedAt: start, deadlineAt: window.deadlineAt, unit }, extension);
  }
  return window;
}
