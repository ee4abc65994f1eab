import { describe, expect, it } from 'vitest';
import { type ActionForm, actionInputs, missingInput, opensDialog, toActionInput } from './action-inputs';
import { CASE_ACTIONS } from './case-enums';

const emptyForm: ActionForm = {
  note: '',
  departmentId: null,
  extensionAmount: '',
  extensionUnit: 'WORK_DAYS',
  mergeIntoId: null,
};

describe('actionInputs', () => {
  it('sends the routine steps with one click', () => {
    for (const action of ['ACCEPT', 'FILE', 'VERIFY', 'CLOSE', 'RESTORE', 'APPROVE_VOID', 'APPROVE_PARK'] as const) {
      expect({ action, dialog: opensDialog(action) }).toEqual({ action, dialog: false });
    }
  });

  it('asks a reason wherever the API requires one', () => {
    const required = CASE_ACTIONS.filter((action) => actionInputs(action).note === 'required');
    expect(required.sort()).toEqual(
      [
        'CHECK_FAIL',
        'COMMENT',
        'DENY_EXTENSION',
        'DENY_PARK',
        'DENY_RETURN',
        'DENY_VOID',
        'REJECT',
        'REQUEST_EXTENSION',
        'REQUEST_PARK',
        'REQUEST_RETURN',
        'REQUEST_VOID',
        'VERIFY_INVALID',
      ].sort(),
    );
  });

  it('asks dispatch for a department, extension for time, merge for a case, handling for photos', () => {
    expect(actionInputs('DISPATCH')).toMatchObject({ department: true, note: 'if-changed' });
    expect(actionInputs('REDISPATCH')).toMatchObject({ department: true, note: 'if-changed' });
    expect(actionInputs('REQUEST_EXTENSION')).toMatchObject({ extension: true, note: 'required' });
    expect(actionInputs('MERGE')).toMatchObject({ mergeTarget: true, note: 'optional' });
    expect(actionInputs('HANDLE')).toMatchObject({ photos: true, note: 'optional' });
  });
});

describe('missingInput', () => {
  it('wants a reason only when the suggested department is overridden', () => {
    expect(missingInput('DISPATCH', { ...emptyForm, departmentId: 12 }, 12)).toBeNull();
    expect(missingInput('DISPATCH', { ...emptyForm, departmentId: 13 }, 12)).toBe('note');
    expect(missingInput('DISPATCH', { ...emptyForm, departmentId: 13, note: '属地调整' }, 12)).toBeNull();
    expect(missingInput('DISPATCH', emptyForm, null)).toBe('department');
  });

  it('wants a positive extension of at most 1000 units', () => {
    const form = { ...emptyForm, note: '材料未到' };
    expect(missingInput('REQUEST_EXTENSION', { ...form, extensionAmount: '' }, null)).toBe('extension');
    expect(missingInput('REQUEST_EXTENSION', { ...form, extensionAmount: '0' }, null)).toBe('extension');
    expect(missingInput('REQUEST_EXTENSION', { ...form, extensionAmount: '1001' }, null)).toBe('extension');
    expect(missingInput('REQUEST_EXTENSION', { ...form, extensionAmount: '1.5' }, null)).toBeNull();
  });

  it('does not take blanks for a reason, and wants a merge target', () => {
    expect(missingInput('REJECT', { ...emptyForm, note: '   ' }, null)).toBe('note');
    expect(missingInput('MERGE', emptyForm, null)).toBe('mergeTarget');
    expect(missingInput('HANDLE', emptyForm, null)).toBeNull();
  });
});

describe('toActionInput', () => {
  const target = { id: '41', version: 6 };

  it('sends what the action takes, trimmed, and nothing else', () => {
    const form = { ...emptyForm, note: '  改派 ', departmentId: 3, mergeIntoId: '9', extensionAmount: '2' };
    expect(toActionInput(target, 'DISPATCH', form)).toEqual({
      caseId: '41',
      version: 6,
      action: 'DISPATCH',
      note: '改派',
      departmentId: 3,
    });
    expect(toActionInput(target, 'ACCEPT', form)).toEqual({ caseId: '41', version: 6, action: 'ACCEPT' });
  });

  it('sends the extension as a number with its unit', () => {
    const form = { ...emptyForm, note: '等待材料', extensionAmount: '1.5', extensionUnit: 'WORK_DAYS' as const };
    expect(toActionInput(target, 'REQUEST_EXTENSION', form)).toMatchObject({
      note: '等待材料',
      extension: { amount: 1.5, unit: 'WORK_DAYS' },
    });
  });
});
