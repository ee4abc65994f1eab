import type { Role } from '../auth/session-types';
import { CASE_QUEUES, type CaseQueue } from './case-enums';

/** The work lists each role acts on (§1): what lands on that desk next. */
const QUEUES_BY_ROLE: Readonly<Record<Role, readonly CaseQueue[]>> = {
  OFFICER: ['VERIFY_TASKS', 'CHECK_TASKS'],
  OPERATOR: ['TO_ACCEPT'],
  SHIFT_LEADER: ['TO_FILE', 'TO_CLOSE', 'APPROVALS'],
  DISPATCHER: ['TO_DISPATCH', 'APPROVALS', 'PARKED'],
  HANDLER: ['TO_HANDLE'],
  LEADER: ['OVERDUE', 'OPEN'],
  ADMIN: [],
};

/**
 * The queue tabs of a viewer: the union of their roles' queues (one person may hold several roles
 * in a small district), in loop order, always ending with ALL. No roles, no tabs.
 *
 * @example queuesForRoles(['SHIFT_LEADER', 'DISPATCHER'])
 * // ['TO_FILE', 'TO_DISPATCH', 'APPROVALS', 'TO_CLOSE', 'PARKED', 'ALL']
 */
export function queuesForRoles(roles: readonly Role[]): CaseQueue[] {
  if (roles.length === 0) return [];
  const wanted = new Set<CaseQueue>(roles.flatMap((role) => QUEUES_BY_ROLE[role] ?? []));
  wanted.add('ALL');
  return CASE_QUEUES.filter((queue) => wanted.has(queue));
}
