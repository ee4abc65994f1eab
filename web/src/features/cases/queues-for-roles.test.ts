import { describe, expect, it } from 'vitest';
import { queuesForRoles } from './queues-for-roles';

describe('queuesForRoles', () => {
  it('gives each dispatch-center role its own desk, then ALL', () => {
    expect(queuesForRoles(['OPERATOR'])).toEqual(['TO_ACCEPT', 'ALL']);
    expect(queuesForRoles(['SHIFT_LEADER'])).toEqual(['TO_FILE', 'APPROVALS', 'TO_CLOSE', 'ALL']);
    expect(queuesForRoles(['DISPATCHER'])).toEqual(['TO_DISPATCH', 'APPROVALS', 'PARKED', 'ALL']);
  });

  it('gives departments, officers and leaders theirs', () => {
    expect(queuesForRoles(['HANDLER'])).toEqual(['TO_HANDLE', 'ALL']);
    expect(queuesForRoles(['OFFICER'])).toEqual(['VERIFY_TASKS', 'CHECK_TASKS', 'ALL']);
    expect(queuesForRoles(['LEADER'])).toEqual(['OVERDUE', 'OPEN', 'ALL']);
  });

  it('merges the queues of several roles once each, in loop order', () => {
    expect(queuesForRoles(['DISPATCHER', 'OPERATOR', 'SHIFT_LEADER'])).toEqual([
      'TO_ACCEPT',
      'TO_FILE',
      'TO_DISPATCH',
      'APPROVALS',
      'TO_CLOSE',
      'PARKED',
      'ALL',
    ]);
  });

  it('leaves an admin only ALL, and nobody without roles any tab', () => {
    expect(queuesForRoles(['ADMIN'])).toEqual(['ALL']);
    expect(queuesForRoles([])).toEqual([]);
  });
});
