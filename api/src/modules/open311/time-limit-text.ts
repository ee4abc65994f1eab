import type { TimeLimitUnit } from '@gridloop/prisma';

const unitText: Record<TimeLimitUnit, string> = {
  WORK_HOURS: '工作时',
  WORK_DAYS: '工作日',
  NATURAL_HOURS: '小时',
  NATURAL_DAYS: '天',
};

/**
 * A time limit as a citizen reads it.
 *
 * @example timeLimitText(2, 'WORK_DAYS') // '2 工作日'
 */
export function timeLimitText(amount: number, unit: TimeLimitUnit): string {
  return `${amount} ${unitText[unit]}`;
}

/**
 * What the city will do about a request (GeoReport's service_notice): the filing condition's closing
 * condition (结案条件) and its handling limit (处置时限).
 *
 * @example serviceNoticeOf({ closingCondition: '清理干净', timeLimitAmount: 2, timeLimitUnit: 'WORK_HOURS' })
 * // '清理干净（处置时限 2 工作时）'
 */
export function serviceNoticeOf(condition: {
  closingCondition: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
}): string {
  return `${condition.closingCondition}（处置时限 ${timeLimitText(condition.timeLimitAmount, condition.timeLimitUnit)}）`;
}
