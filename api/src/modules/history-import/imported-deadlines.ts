import { addWorkingTime, type WorkCalendar } from '@gridloop/geo';
import type { CaseStatus, CaseStep, TimeLimitUnit } from '@gridloop/prisma';
import { stepOf } from '../cases/case-status.js';
import { stepWindow } from '../cases/step-window.js';
import type { ChainEvent } from './imported-chain.js';

export interface StepLimit {
  amount: number;
  unit: TimeLimitUnit;
}

/** The limit of a step for this case, or null when the import computes no deadline for it. */
export type LimitOf = (step: CaseStep) => StepLimit | null;

export interface TimedEvent extends ChainEvent {
  /** The deadline of the step this event ended, and whether it was met (null: no limit given). */
  deadlineAt: number | null;
  metDeadline: boolean | null;
}

/** Where the case waits after its last imported event, with its window (as a live case stores it). */
export interface FinalStep {
  step: CaseStep | null;
  startedAt: number;
  limit: StepLimit | null;
  warnAt: number | null;
  deadlineAt: number | null;
}

/**
 * Deadlines of an imported chain, computed as the live loop does (plan-case-change.ts): each event
 * ends the step the case waited in since the event before, whose deadline is its start plus the
 * step's limit on the work calendar; the last event starts the step an open case still waits in.
 * Without limits (LimitOf answering null) events carry no deadline and met stays null.
 */
export function importedDeadlines(
  events: readonly ChainEvent[],
  limitOf: LimitOf,
  calendar: WorkCalendar,
): { events: TimedEvent[]; final: FinalStep } {
  let checkPassed = false;
  const timed = events.map((event, index): TimedEvent => {
    const previous = index > 0 ? events[index - 1] : undefined;
    const step = previous && event.from ? waitingStep(event.from, checkPassed) : null;
    if (event.action === 'CHECK_PASS') checkPassed = true;
    const limit = step ? limitOf(step) : null;
    if (!previous || !limit) return { ...event, deadlineAt: null, metDeadline: null };
    const deadlineAt = addWorkingTime(calendar, new Date(previous.at), limit.amount, limit.unit).getTime();
    return { ...event, deadlineAt, metDeadline: event.at <= deadlineAt };
  });
  const last = events[events.length - 1] as ChainEvent;
  const step = waitingStep(last.to, checkPassed);
  const limit = step ? limitOf(step) : null;
  const window = limit ? stepWindow(calendar, new Date(last.at), limit.amount, limit.unit) : null;
  return {
    events: timed,
    final: {
      step,
      startedAt: last.at,
      limit,
      warnAt: window?.warnAt.getTime() ?? null,
      deadlineAt: window?.deadlineAt.getTime() ?? null,
    },
  };
}

function waitingStep(status: CaseStatus, checkPassed: boolean): CaseStep | null {
  return stepOf(status, { checkPassed, selfHandled: false });
}
