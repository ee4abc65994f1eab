import { createWorkCalendar } from '@gridloop/geo';
import type { CaseState } from '@gridloop/prisma';
import { describe, expect, it } from 'vitest';
import { recomputeStepWindow } from '../../src/modules/calendar/recompute-step-window.js';
import { findTransition } from '../../src/modules/cases/case-status.js';
import { planCaseChange } from '../../src/modules/cases/plan-case-change.js';
import { officialCalendar } from './official-calendar.js';

const calendar = officialCalendar();
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

/** A case filed on Thursday 23 January 2025, waiting for dispatch, handling limit 2 work days. */
const filed: CaseState = {
  id: 1,
  code: '3101012025012300001',
  status: 'FILED',
  version: 3,
  categoryId: 1,
  gridCode: '310101002001001',
  beatCode: null,
  reporterId: 7,
  departmentId: null,
  suggestedDepartmentId: 5,
  mergedIntoId: null,
  reworkCount: 0,
  selfHandled: false,
  checkPassed: false,
  step: 'DISPATCH',
  stepStartedAt: at('2025-01-23T09:00'),
  stepLimitAmount: 0.5,
  stepLimitUnit: 'WORK_HOURS',
  stepWarnAt: null,
  stepDeadlineAt: null,
  handleLimitAmount: 2,
  handleLimitUnit: 'WORK_DAYS',
  acceptedAt: null,
  filedAt: null,
  dispatchedAt: null,
  handledAt: null,
  closedAt: null,
  pendingRequest: null,
  stepLimits: {},
};

/** Applies one transition with the official calendar, as transitionCase would. */
function act(state: CaseState, action: 'DISPATCH' | 'APPROVE_EXTENSION', now: Date): CaseState {
  const transition = findTransition(action, state.status);
  if (!transition) throw new Error(`no ${action} from ${state.status}`);
  const change = planCaseChange({
    state,
    transition,
    actorId: 9,
    actingRole: 'DISPATCHER',
    input: { note: null, photos: [], ...(action === 'DISPATCH' && { departmentId: 5 }) },
    calendar,
    now,
  });
  return { ...state, ...change.columns, version: state.version + 1, pendingRequest: null };
}

const clockOf = (state: CaseState, extensions: { amount: number; unit: 'WORK_HOURS' | 'WORK_DAYS' }[] = []) => ({
  stepStartedAt: state.stepStartedAt,
  stepLimitAmount: state.stepLimitAmount as number,
  stepLimitUnit: state.stepLimitUnit as 'WORK_DAYS',
  extensions,
});

describe('recomputing a running step’s window', () => {
  it('gives back exactly what the transition stored when the calendar is unchanged', () => {
    const dispatched = act(filed, 'DISPATCH', at('2025-01-24T15:30'));
    // 2 work days from Friday 24 January 15:30: 2.5 h that day, 8 h on the make-up Sunday 26th, 5.5 h on Monday 27th
    expect(dispatched.stepDeadlineAt?.toISOString()).toBe(at('2025-01-27T15:30').toISOString());
    expect(recomputeStepWindow(calendar, clockOf(dispatched))).toEqual({
      warnAt: dispatched.stepWarnAt,
      deadlineAt: dispatched.stepDeadlineAt,
    });
  });

  it('replays approved extensions as the approval computed them', () => {
    const dispatched = act(filed, 'DISPATCH', at('2025-01-24T15:30'));
    const pending = {
      id: 3,
      kind: 'EXTENSION' as const,
      requestedById: 8,
      extraAmount: 1,
      extraUnit: 'WORK_DAYS' as const,
    };
    const extended = act({ ...dispatched, pendingRequest: pending }, 'APPROVE_EXTENSION', at('2025-01-27T10:00'));
    // one more work day from Monday 27th 15:30: 2.5 h, then the Spring Festival, then 5.5 h on Wednesday 5 February
    expect(extended.stepDeadlineAt?.toISOString()).toBe(at('2025-02-05T15:30').toISOString());
    const recomputed = recomputeStepWindow(calendar, clockOf(extended, [{ amount: 1, unit: 'WORK_DAYS' }]));
    expect(recomputed).toEqual({ warnAt: extended.stepWarnAt, deadlineAt: extended.stepDeadlineAt });
  });

  it('moves the window when the calendar moves: without the holidays the same step ends a week earlier', () => {
    const dispatched = act(filed, 'DISPATCH', at('2025-01-24T15:30'));
    const noHolidays = createWorkCalendar();
    const recomputed = recomputeStepWindow(noHolidays, clockOf(dispatched, [{ amount: 1, unit: 'WORK_DAYS' }]));
    // without the make-up Sunday: Friday 2.5 h, Monday 8 h, Tuesday 5.5 h → 15:30; plus a day → Wednesday 29th 15:30
    expect(recomputed.deadlineAt.toISOString()).toBe(at('2025-01-29T15:30').toISOString());
  });
});
