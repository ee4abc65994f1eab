import { describe, expect, it } from 'vitest';
import { escalationRecipients } from '../../src/modules/notifications/escalation-recipients.js';
import { stepAlertTitle } from '../../src/modules/notifications/notification-title.js';

describe('stepAlertTitle', () => {
  it('names the case, the step and the light in both languages', () => {
    expect(stepAlertTitle('3101012030030400001', 'HANDLE', 'RED')).toEqual({
      zh: '案卷 3101012030030400001 处置已超时',
      en: 'Case 3101012030030400001: handling is overdue',
    });
    expect(stepAlertTitle('3101012030030400002', 'VERIFY', 'YELLOW')).toEqual({
      zh: '案卷 3101012030030400002 核实即将超时（已用时限 80%）',
      en: 'Case 3101012030030400002: verification has used 80% of its time limit',
    });
  });
});

describe('escalationRecipients', () => {
  const rolesOf = (step: string, light: 'YELLOW' | 'RED') =>
    escalationRecipients
      .filter((row) => row.step === step && (light === 'RED' || !row.onlyRed))
      .map((row) => row.role)
      .sort();

  it('tells the queue’s role on yellow, and its supervisor and the leaders on red', () => {
    expect(rolesOf('HANDLE', 'YELLOW')).toEqual(['HANDLER']);
    expect(rolesOf('HANDLE', 'RED')).toEqual(['DISPATCHER', 'HANDLER', 'LEADER']);
    expect(rolesOf('ACCEPT', 'RED')).toEqual(['LEADER', 'OPERATOR', 'SHIFT_LEADER']);
    expect(rolesOf('CHECK', 'YELLOW')).toEqual(['OFFICER']);
    expect(rolesOf('DISPATCH', 'RED')).toEqual(['DISPATCHER', 'LEADER', 'SHIFT_LEADER']);
  });
});
