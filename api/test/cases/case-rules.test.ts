import type { CaseAction, CaseStatus } from '@gridloop/prisma';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer.js';
import { authorizeTransition } from '../../src/modules/cases/authorize-transition.js';
import { caseTransitions, findTransition, stepOf } from '../../src/modules/cases/case-status.js';
import { deadlineLight } from '../../src/modules/cases/deadline-light.js';

const viewerWith = (...roles: Viewer['roles'][number][]): Viewer => ({
  userId: 7,
  username: 'u',
  displayName: 'u',
  roles,
  areaId: 1,
  areaCode: '310101',
  areaLevel: 'DISTRICT',
  departmentId: 3,
  beatCode: null,
  sessionId: 1,
});

const facts = (status: CaseStatus, extra: Partial<Parameters<typeof authorizeTransition>[1]> = {}) => ({
  status,
  checkPassed: false,
  selfHandled: false,
  reporterId: 7,
  pendingRequest: null,
  ...extra,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

describe('the case loop (DESIGN.md §2.4)', () => {
  it('walks the main path REPORTED → … → CLOSED with one transition per step', () => {
    const path: [CaseAction, CaseStatus][] = [
      ['ACCEPT', 'ACCEPTED'],
      ['FILE', 'FILED'],
      ['DISPATCH', 'DISPATCHED'],
      ['HANDLE', 'HANDLED'],
      ['CHECK_PASS', 'HANDLED'],
      ['CLOSE', 'CLOSED'],
    ];
    let status: CaseStatus = 'REPORTED';
    for (const [action, to] of path) {
      expect(findTransition(action, status)?.to, `${action} from ${status}`).toBe(to);
      status = to;
    }
  });

  it('has no transition out of a final status', () => {
    for (const final of ['CLOSED', 'REJECTED', 'MERGED', 'VOID', 'INVALID'] as const) {
      expect(caseTransitions.filter((t) => t.from === final)).toEqual([]);
    }
  });

  it('lists every action/from pair once', () => {
    const keys = caseTransitions.map((t) => `${t.action}:${t.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a skipped step as INVALID_TRANSITION and a wrong role as FORBIDDEN', () => {
    expect(codeOf(() => authorizeTransition('DISPATCH', facts('REPORTED'), viewerWith('DISPATCHER')))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(() => authorizeTransition('ACCEPT', facts('REPORTED'), viewerWith('DISPATCHER')))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeTransition('ACCEPT', facts('REPORTED'), viewerWith('OPERATOR')))).toBe('OK');
  });

  it('closes only after a passed check or self-handling', () => {
    const leader = viewerWith('SHIFT_LEADER');
    expect(codeOf(() => authorizeTransition('CLOSE', facts('HANDLED'), leader))).toBe('CHECK_REQUIRED');
    expect(codeOf(() => authorizeTransition('CLOSE', facts('HANDLED', { checkPassed: true }), leader))).toBe('OK');
    expect(codeOf(() => authorizeTransition('CLOSE', facts('HANDLED', { selfHandled: true }), leader))).toBe('OK');
    const officer = viewerWith('OFFICER');
    expect(codeOf(() => authorizeTransition('CHECK_PASS', facts('HANDLED', { checkPassed: true }), officer))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('makes requests wait for their decision', () => {
    const pending = {
      id: 1,
      kind: 'EXTENSION' as const,
      requestedById: 7,
      extraAmount: 2,
      extraUnit: 'WORK_HOURS' as const,
    };
    const handler = viewerWith('HANDLER');
    const dispatcher = viewerWith('DISPATCHER');
    expect(codeOf(() => authorizeTransition('HANDLE', facts('DISPATCHED', { pendingRequest: pending }), handler))).toBe(
      'REQUEST_PENDING',
    );
    expect(
      codeOf(() => authorizeTransition('REQUEST_PARK', facts('DISPATCHED', { pendingRequest: pending }), handler)),
    ).toBe('REQUEST_PENDING');
    expect(
      codeOf(() => authorizeTransition('APPROVE_PARK', facts('DISPATCHED', { pendingRequest: pending }), dispatcher)),
    ).toBe('NO_PENDING_REQUEST');
    expect(
      codeOf(() =>
        authorizeTransition('APPROVE_EXTENSION', facts('DISPATCHED', { pendingRequest: pending }), dispatcher),
      ),
    ).toBe('OK');
    expect(
      codeOf(() => authorizeTransition('COMMENT', facts('DISPATCHED', { pendingRequest: pending }), handler)),
    ).toBe('OK');
  });

  it('lets only the reporter self-handle', () => {
    expect(codeOf(() => authorizeTransition('SELF_HANDLE', facts('REPORTED'), viewerWith('OFFICER')))).toBe('OK');
    expect(
      codeOf(() => authorizeTransition('SELF_HANDLE', facts('REPORTED', { reporterId: 8 }), viewerWith('OFFICER'))),
    ).toBe('FORBIDDEN');
  });

  it('runs a clock in every open status but parking, and none after the end', () => {
    const none = { checkPassed: false, selfHandled: false };
    expect(stepOf('DISPATCHED', none)).toBe('HANDLE');
    expect(stepOf('HANDLED', none)).toBe('CHECK');
    expect(stepOf('HANDLED', { ...none, checkPassed: true })).toBe('CLOSE');
    expect(stepOf('PARKED', none)).toBeNull();
    expect(stepOf('CLOSED', none)).toBeNull();
  });
});

describe('deadlineLight', () => {
  const warn = new Date('2026-11-26T03:00:00Z');
  const deadline = new Date('2026-11-26T04:00:00Z');
  it('is green before the warning point, yellow up to the deadline, red after', () => {
    expect(deadlineLight(new Date('2026-11-26T02:59:59Z'), warn, deadline)).toBe('GREEN');
    expect(deadlineLight(warn, warn, deadline)).toBe('YELLOW');
    expect(deadlineLight(deadline, warn, deadline)).toBe('YELLOW');
    expect(deadlineLight(new Date('2026-11-26T04:00:00.001Z'), warn, deadline)).toBe('RED');
    expect(deadlineLight(deadline, null, null)).toBeNull();
  });
});
