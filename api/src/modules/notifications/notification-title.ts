import type { CaseStep } from '@gridloop/prisma';
import type { StepLight } from './escalation-recipients.js';

const stepNamesZh: Record<CaseStep, string> = {
  VERIFY: '核实',
  ACCEPT: '受理',
  FILE: '立案',
  DISPATCH: '派遣',
  HANDLE: '处置',
  CHECK: '核查',
  CLOSE: '结案',
  APPROVE: '审批',
};

const stepNamesEn: Record<CaseStep, string> = {
  VERIFY: 'verification',
  ACCEPT: 'acceptance',
  FILE: 'filing',
  DISPATCH: 'dispatch',
  HANDLE: 'handling',
  CHECK: 'check',
  CLOSE: 'closing',
  APPROVE: 'approval',
};

export interface NotificationTitle {
  zh: string;
  en: string;
}

/**
 * A step alert's title in both languages, rendered once when raised so lists need no joins.
 *
 * @example stepAlertTitle('3101012030030400001', 'HANDLE', 'RED')
 * // { zh: '案卷 3101012030030400001 处置已超时', en: 'Case 3101012030030400001: handling is overdue' }
 */
export function stepAlertTitle(caseCode: string, step: CaseStep, light: StepLight): NotificationTitle {
  return light === 'RED'
    ? { zh: `案卷 ${caseCode} ${stepNamesZh[step]}已超时`, en: `Case ${caseCode}: ${stepNamesEn[step]} is overdue` }
    : {
        zh: `案卷 ${caseCode} ${stepNamesZh[step]}即将超时（已用时限 80%）`,
        en: `Case ${caseCode}: ${stepNamesEn[step]} has used 80% of its time limit`,
      };
}
