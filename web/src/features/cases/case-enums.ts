/**
 * The API's case enums as the client uses them (api/schema.graphql is the source). Listed as
 * arrays so the dictionaries can be checked to name every value, and in loop order for display.
 */

export const CASE_STATUSES = [
  'PENDING_VERIFY',
  'REPORTED',
  'ACCEPTED',
  'FILED',
  'DISPATCHED',
  'HANDLED',
  'REWORK',
  'PARKED',
  'CLOSED',
  'REJECTED',
  'MERGED',
  'VOID',
  'INVALID',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'REPORT',
  'RECEIVE',
  'VERIFY',
  'VERIFY_INVALID',
  'ACCEPT',
  'REJECT',
  'MERGE',
  'SELF_HANDLE',
  'FILE',
  'REQUEST_VOID',
  'APPROVE_VOID',
  'DENY_VOID',
  'DISPATCH',
  'HANDLE',
  'REQUEST_RETURN',
  'APPROVE_RETURN',
  'DENY_RETURN',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'DENY_EXTENSION',
  'REQUEST_PARK',
  'APPROVE_PARK',
  'DENY_PARK',
  'RESTORE',
  'CHECK_PASS',
  'CHECK_FAIL',
  'REDISPATCH',
  'CLOSE',
  'COMMENT',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The work lists of `cases(queue)`, in the order the loop reaches them. */
export const CASE_QUEUES = [
  'VERIFY_TASKS',
  'CHECK_TASKS',
  'TO_ACCEPT',
  'TO_FILE',
  'TO_DISPATCH',
  'APPROVALS',
  'TO_HANDLE',
  'TO_CLOSE',
  'PARKED',
  'OVERDUE',
  'OPEN',
  'ALL',
] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];

/** GREEN under 80 % of the step's limit used, YELLOW to 100 %, RED overdue. */
export const DEADLINE_LIGHTS = ['GREEN', 'YELLOW', 'RED'] as const;
export type DeadlineLight = (typeof DEADLINE_LIGHTS)[number];

export const TIME_LIMIT_UNITS = ['WORK_HOURS', 'WORK_DAYS', 'NATURAL_HOURS', 'NATURAL_DAYS'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

export const CASE_REQUEST_KINDS = ['VOID', 'RETURN', 'EXTENSION', 'PARK'] as const;
export type CaseRequestKind = (typeof CASE_REQUEST_KINDS)[number];

export const CASE_SOURCES = ['OFFICER', 'PUBLIC', 'HOTLINE', 'OPEN311', 'IMPORT', 'SENSOR'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_STEPS = ['VERIFY', 'ACCEPT', 'FILE', 'DISPATCH', 'HANDLE', 'CHECK', 'CLOSE', 'APPROVE'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];
