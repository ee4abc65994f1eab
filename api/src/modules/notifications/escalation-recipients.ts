import type { CaseStep, Role } from '@gridloop/prisma';

export type StepLight = 'YELLOW' | 'RED';

/** One row of who hears about a step's light: a role, and whether only once the step is red. */
export interface EscalationRecipient {
  step: CaseStep;
  role: Role;
  onlyRed: boolean;
}

/**
 * Whose queue holds a case in each step (case-queue-where.ts): officers verify and check in their
 * beat, operators accept, shift leaders file and close, dispatchers dispatch and decide requests,
 * the case's department handles.
 */
const responsibleRole: Record<CaseStep, Role> = {
  VERIFY: 'OFFICER',
  ACCEPT: 'OPERATOR',
  FILE: 'SHIFT_LEADER',
  DISPATCH: 'DISPATCHER',
  HANDLE: 'HANDLER',
  CHECK: 'OFFICER',
  CLOSE: 'SHIFT_LEADER',
  APPROVE: 'DISPATCHER',
};

/** Who answers for a step that ran over: the dispatcher for a department's handling, the shift leader otherwise. */
const supervisorRole: Record<CaseStep, Role> = {
  VERIFY: 'SHIFT_LEADER',
  ACCEPT: 'SHIFT_LEADER',
  FILE: 'SHIFT_LEADER',
  DISPATCH: 'SHIFT_LEADER',
  HANDLE: 'DISPATCHER',
  CHECK: 'SHIFT_LEADER',
  CLOSE: 'SHIFT_LEADER',
  APPROVE: 'SHIFT_LEADER',
};

/**
 * The whole table: yellow goes to the responsible role; red also to the supervisor and to the
 * area's leaders. Users are then narrowed by scope in SQL (area prefix, beat, department).
 */
export const escalationRecipients: readonly EscalationRecipient[] = (
  Object.keys(responsibleRole) as CaseStep[]
).flatMap((step) => [
  { step, role: responsibleRole[step], onlyRed: false },
  { step, role: supervisorRole[step], onlyRed: true },
  { step, role: 'LEADER' as const, onlyRed: true },
]);
