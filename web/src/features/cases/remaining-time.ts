import type { Translate } from '../../i18n';

/** Wall-clock time between now and a deadline, in whole units. */
export interface Remaining {
  /** True once the deadline has passed: the parts then say by how much. */
  isOverdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * Splits the time to (or past) a deadline into days, hours and minutes, rounding toward the
 * deadline so that "0 minutes left" is never shown while time remains. Null without a deadline.
 *
 * @example remainingUntil('2030-03-04T10:00:00Z', new Date('2030-03-04T07:30:00Z'))
 * // { isOverdue: false, days: 0, hours: 2, minutes: 30 }
 */
export function remainingUntil(deadlineAt: string | null, now: Date): Remaining | null {
  if (deadlineAt === null) return null;
  const deadline = Date.parse(deadlineAt);
  if (Number.isNaN(deadline)) return null;
  const difference = deadline - now.getTime();
  const isOverdue = difference < 0;
  const totalMinutes = Math.floor(Math.abs(difference) / MINUTE);
  return {
    isOverdue,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/**
 * "剩余 3 小时 20 分" / "超期 2 天 1 小时": the two largest units are enough to sort a desk's work.
 * Deadlines count working time, but this is the real time left to the deadline instant.
 */
export function formatRemaining(deadlineAt: string | null, now: Date, t: Translate): string | null {
  const remaining = remainingUntil(deadlineAt, now);
  if (remaining === null) return null;
  const duration = formatDuration(remaining, t);
  return t(remaining.isOverdue ? 'time.overdue' : 'time.left', { duration });
}

function formatDuration({ days, hours, minutes }: Remaining, t: Translate): string {
  if (days > 0) return hours > 0 ? t('time.daysHours', { days, hours }) : t('time.days', { days });
  if (hours > 0) return minutes > 0 ? t('time.hoursMinutes', { hours, minutes }) : t('time.hours', { hours });
  if (minutes > 0) return t('time.minutes', { minutes });
  return t('time.underAMinute');
}
