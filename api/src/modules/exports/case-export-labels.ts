import type { CaseSource, CaseStatus, CaseStep, TimeLimitUnit } from '@gridloop/prisma';
import type { DeadlineLight } from '../cases/deadline-light.js';
import type { ExportLanguage } from './table-column.js';

type Labels<K extends string> = Record<K, readonly [zh: string, en: string]>;

/** The same words the work console shows (web/src/i18n/*-case-terms.ts), so a download reads like the screen. */
const statusLabels: Labels<CaseStatus> = {
  PENDING_VERIFY: ['待核实', 'To verify'],
  REPORTED: ['已上报', 'Reported'],
  ACCEPTED: ['已受理', 'Accepted'],
  FILED: ['已立案', 'Filed'],
  DISPATCHED: ['已派遣', 'Dispatched'],
  HANDLED: ['已处置', 'Handled'],
  REWORK: ['返工', 'Rework'],
  PARKED: ['挂账', 'Parked'],
  CLOSED: ['已结案', 'Closed'],
  REJECTED: ['不受理', 'Rejected'],
  MERGED: ['已合并', 'Merged'],
  VOID: ['已作废', 'Void'],
  INVALID: ['核实不属实', 'Not confirmed'],
};

const sourceLabels: Labels<CaseSource> = {
  OFFICER: ['监督员上报', 'Grid officer'],
  PUBLIC: ['公众举报', 'Public report'],
  HOTLINE: ['12345 热线', '12345 hotline'],
  OPEN311: ['Open311', 'Open311'],
  IMPORT: ['导入', 'Import'],
  SENSOR: ['感知设备', 'Sensor'],
};

const stepLabels: Labels<CaseStep> = {
  VERIFY: ['核实', 'Verify'],
  ACCEPT: ['受理', 'Accept'],
  FILE: ['立案', 'File'],
  DISPATCH: ['派遣', 'Dispatch'],
  HANDLE: ['处置', 'Handle'],
  CHECK: ['核查', 'Check'],
  CLOSE: ['结案', 'Close'],
  APPROVE: ['审批', 'Approve'],
};

const lightLabels: Labels<DeadlineLight> = {
  GREEN: ['绿灯', 'Green'],
  YELLOW: ['黄灯', 'Yellow'],
  RED: ['红灯', 'Red'],
};

const unitLabels: Labels<TimeLimitUnit> = {
  WORK_HOURS: ['工作时', 'working hours'],
  WORK_DAYS: ['工作日', 'working days'],
  NATURAL_HOURS: ['自然小时', 'hours'],
  NATURAL_DAYS: ['自然日', 'days'],
};

function pick<K extends string>(labels: Labels<K>, value: K, language: ExportLanguage): string {
  return labels[value][language === 'en' ? 1 : 0];
}

export const statusLabel = (status: CaseStatus, language: ExportLanguage) => pick(statusLabels, status, language);
export const sourceLabel = (source: CaseSource, language: ExportLanguage) => pick(sourceLabels, source, language);
export const stepLabel = (step: CaseStep, language: ExportLanguage) => pick(stepLabels, step, language);
export const lightLabel = (light: DeadlineLight, language: ExportLanguage) => pick(lightLabels, light, language);

/** @example timeLimitLabel(2, 'WORK_DAYS', 'zh-CN') // '2 工作日' */
export function timeLimitLabel(amount: number, unit: TimeLimitUnit, language: ExportLanguage): string {
  return `${amount} ${pick(unitLabels, unit, language)}`;
}
