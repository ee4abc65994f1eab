import type { CaseAction, CaseStatus } from '@gridloop/prisma';
import type { RowErrorCode } from './row-error.js';

/** The step times a mapping can give; reportedAt is required, the rest optional. */
export const stepTimeFields = ['acceptedAt', 'filedAt', 'dispatchedAt', 'handledAt', 'closedAt'] as const;
export type StepTimeField = (typeof stepTimeFields)[number];

/**
 * A row's step times in ms: a number, null for an empty cell of a mapped column, undefined for a
 * column the mapping does not name.
 */
export interface StepTimes {
  reportedAt: number;
  acceptedAt?: number | null;
  filedAt?: number | null;
  dispatchedAt?: number | null;
  handledAt?: number | null;
  closedAt?: number | null;
}

export interface ChainEvent {
  action: CaseAction;
  from: CaseStatus | null;
  to: CaseStatus;
  at: number;
}

export type ImportedChain =
  | { ok: true; status: CaseStatus; events: ChainEvent[]; times: Record<StepTimeField, number | null> }
  | { ok: false; field: StepTimeField; code: Extract<RowErrorCode, 'TIMES_OUT_OF_ORDER' | 'TIMESTAMP_GAP'> };

const stages: readonly { field: StepTimeField; action: CaseAction; to: CaseStatus }[] = [
  { field: 'acceptedAt', action: 'ACCEPT', to: 'ACCEPTED' },
  { field: 'filedAt', action: 'FILE', to: 'FILED' },
  { field: 'dispatchedAt', action: 'DISPATCH', to: 'DISPATCHED' },
  { field: 'handledAt', action: 'HANDLE', to: 'HANDLED' },
  { field: 'closedAt', action: 'CLOSE', to: 'CLOSED' },
];

/**
 * The event chain a legacy row supports: REPORT → ACCEPT → FILE → DISPATCH → HANDLE → CHECK_PASS →
 * CLOSE, or its prefix up to the last step with a time. Steps the legacy system did not record
 * (columns not mapped) are implied: accepting, filing and dispatching at the time of the step
 * before (a 311 request goes straight to its agency), handling at the closing time. So a row with
 * only created and closed times is dispatched when created and handled when closed, and an open
 * one stays DISPATCHED. A mapped column left empty ends the chain; a later time after it is a gap.
 *
 * @example importedChain({ reportedAt: 0, closedAt: 60_000 }).ok // true, status CLOSED, 7 events
 */
export function importedChain(given: StepTimes): ImportedChain {
  const closedAt = given.closedAt ?? null;
  const times: Record<StepTimeField, number | null> = {
    acceptedAt: given.acceptedAt === undefined ? given.reportedAt : given.acceptedAt,
    filedAt: null,
    dispatchedAt: null,
    handledAt: given.handledAt === undefined ? closedAt : given.handledAt,
    closedAt,
  };
  times.filedAt = given.filedAt === undefined ? times.acceptedAt : given.filedAt;
  times.dispatchedAt = given.dispatchedAt === undefined ? times.filedAt : given.dispatchedAt;
  const events: ChainEvent[] = [{ action: 'REPORT', from: null, to: 'REPORTED', at: given.reportedAt }];
  let status: CaseStatus = 'REPORTED';
  let previous = given.reportedAt;
  let emptyField: StepTimeField | null = null;
  for (const stage of stages) {
    const at = times[stage.field];
    if (at === null) {
      emptyField ??= stage.field;
      continue;
    }
    if (emptyField) return { ok: false, field: emptyField, code: 'TIMESTAMP_GAP' };
    if (at < previous) {
      // An implied handling time is the closing time: the closing column is the one at fault.
      const field = stage.field === 'handledAt' && given.handledAt === undefined ? 'closedAt' : stage.field;
      return { ok: false, field, code: 'TIMES_OUT_OF_ORDER' };
    }
    // The on-site check passed when the case closed: closing needs it (CHECK_REQUIRED otherwise).
    if (stage.action === 'CLOSE') events.push({ action: 'CHECK_PASS', from: 'HANDLED', to: 'HANDLED', at });
    events.push({ action: stage.action, from: status, to: stage.to, at });
    status = stage.to;
    previous = at;
  }
  return { ok: true, status, events, times };
}
