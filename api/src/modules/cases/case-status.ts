import type { CaseAction, CaseRequestKind, CaseStatus, CaseStep, Role } from '@gridloop/prisma';

/**
 * The case loop of DESIGN.md §2.4 as data: every transition that exists, who may make it, and what
 * it needs. This list is the only place transitions are decided; the migration copies it into the
 * `case_transition` table the database checks every event against (a test keeps the two equal),
 * so no code path can skip a step even if it bypasses this module.
 */
export interface CaseTransition {
  action: CaseAction;
  /** Null for a case's first event (intake). */
  from: CaseStatus | null;
  to: CaseStatus;
  /** Any one of these roles may make it (scope is checked separately). */
  roles: readonly Role[];
  /** The actor must say why (rejections, requests, failed checks, overrides…). */
  needsNote?: true;
  /** Opens an approval request of this kind (the case stays where it is until it is decided). */
  opensRequest?: CaseRequestKind;
  /** Decides the pending request of this kind. */
  decidesRequest?: CaseRequestKind;
}

const dispatchCenter: readonly Role[] = ['OPERATOR', 'SHIFT_LEADER', 'DISPATCHER'];
const staff: readonly Role[] = ['OFFICER', ...dispatchCenter, 'HANDLER'];

/** Statuses in which a case is still moving; the rest are final. */
export const openStatuses: readonly CaseStatus[] = [
  'PENDING_VERIFY',
  'REPORTED',
  'ACCEPTED',
  'FILED',
  'DISPATCHED',
  'HANDLED',
  'REWORK',
  'PARKED',
];

export function isOpenStatus(status: CaseStatus): boolean {
  return openStatuses.includes(status);
}

const loop: readonly CaseTransition[] = [
  { action: 'REPORT', from: null, to: 'REPORTED', roles: ['OFFICER', 'OPERATOR'] },
  { action: 'RECEIVE', from: null, to: 'PENDING_VERIFY', roles: ['OPERATOR'] },
  { action: 'VERIFY', from: 'PENDING_VERIFY', to: 'REPORTED', roles: ['OFFICER'] },
  { action: 'VERIFY_INVALID', from: 'PENDING_VERIFY', to: 'INVALID', roles: ['OFFICER'], needsNote: true },
  { action: 'ACCEPT', from: 'REPORTED', to: 'ACCEPTED', roles: ['OPERATOR'] },
  { action: 'REJECT', from: 'REPORTED', to: 'REJECTED', roles: ['OPERATOR'], needsNote: true },
  { action: 'MERGE', from: 'REPORTED', to: 'MERGED', roles: ['OPERATOR'] },
  { action: 'SELF_HANDLE', from: 'REPORTED', to: 'HANDLED', roles: ['OFFICER'] },
  { action: 'FILE', from: 'ACCEPTED', to: 'FILED', roles: ['SHIFT_LEADER'] },
  { action: 'REQUEST_VOID', from: 'FILED', to: 'FILED', roles: dispatchCenter, needsNote: true, opensRequest: 'VOID' },
  { action: 'APPROVE_VOID', from: 'FILED', to: 'VOID', roles: ['SHIFT_LEADER'], decidesRequest: 'VOID' },
  { action: 'DENY_VOID', from: 'FILED', to: 'FILED', roles: ['SHIFT_LEADER'], needsNote: true, decidesRequest: 'VOID' },
  { action: 'DISPATCH', from: 'FILED', to: 'DISPATCHED', roles: ['DISPATCHER'] },
  { action: 'HANDLE', from: 'DISPATCHED', to: 'HANDLED', roles: ['HANDLER'] },
  ...requestAndDecisions('RETURN', 'FILED'),
  ...requestAndDecisions('EXTENSION', 'DISPATCHED'),
  ...requestAndDecisions('PARK', 'PARKED'),
  { action: 'RESTORE', from: 'PARKED', to: 'DISPATCHED', roles: ['DISPATCHER'] },
  { action: 'CHECK_PASS', from: 'HANDLED', to: 'HANDLED', roles: ['OFFICER'] },
  { action: 'CHECK_FAIL', from: 'HANDLED', to: 'REWORK', roles: ['OFFICER'], needsNote: true },
  { action: 'REDISPATCH', from: 'REWORK', to: 'DISPATCHED', roles: ['DISPATCHER'] },
  { action: 'CLOSE', from: 'HANDLED', to: 'CLOSED', roles: ['SHIFT_LEADER'] },
];

/** A handler's request on a dispatched case, and the dispatcher's two answers to it. */
function requestAndDecisions(kind: 'RETURN' | 'EXTENSION' | 'PARK', approvedTo: CaseStatus): CaseTransition[] {
  return [
    {
      action: `REQUEST_${kind}`,
      from: 'DISPATCHED',
      to: 'DISPATCHED',
      roles: ['HANDLER'],
      needsNote: true,
      opensRequest: kind,
    },
    { action: `APPROVE_${kind}`, from: 'DISPATCHED', to: approvedTo, roles: ['DISPATCHER'], decidesRequest: kind },
    {
      action: `DENY_${kind}`,
      from: 'DISPATCHED',
      to: 'DISPATCHED',
      roles: ['DISPATCHER'],
      needsNote: true,
      decidesRequest: kind,
    },
  ];
}

/** A note or photos added to an open case by anyone working on it; changes nothing else. */
const comments: readonly CaseTransition[] = openStatuses.map((status) => ({
  action: 'COMMENT',
  from: status,
  to: status,
  roles: staff,
  needsNote: true,
}));

/** Every transition gridloop knows; anything else is refused here and by the database. */
export const caseTransitions: readonly CaseTransition[] = [...loop, ...comments];

/** The transition `action` makes from `from`, or undefined when it does not exist. */
export function findTransition(action: CaseAction, from: CaseStatus | null): CaseTransition | undefined {
  return caseTransitions.find((transition) => transition.action === action && transition.from === from);
}

/** The actions that exist from a status (whoever may make them). */
export function actionsFrom(status: CaseStatus): CaseAction[] {
  return caseTransitions.filter((transition) => transition.from === status).map((transition) => transition.action);
}

/**
 * The step a case waits in, whose time limit runs: none once it is final or while it is parked
 * (挂账 time does not count). A handled case waits for its check, then for closing.
 */
export function stepOf(status: CaseStatus, options: { checkPassed: boolean; selfHandled: boolean }): CaseStep | null {
  switch (status) {
    case 'PENDING_VERIFY':
      return 'VERIFY';
    case 'REPORTED':
      return 'ACCEPT';
    case 'ACCEPTED':
      return 'FILE';
    case 'FILED':
    case 'REWORK':
      return 'DISPATCH';
    case 'DISPATCHED':
      return 'HANDLE';
    case 'HANDLED':
      return options.checkPassed || options.selfHandled ? 'CLOSE' : 'CHECK';
    default:
      return null;
  }
}
