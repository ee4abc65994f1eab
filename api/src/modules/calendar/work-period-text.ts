import type { WorkPeriod } from '@gridloop/geo';

const PERIOD_TEXT = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;

/**
 * A work period as the database stores it, 'HH:MM-HH:MM': one text per period keeps the settings
 * row a plain array a CHECK constraint can read.
 *
 * @example
 * workPeriodText({ start: '08:00', end: '12:00' }); // '08:00-12:00'
 */
export function workPeriodText(period: WorkPeriod): string {
  return `${period.start}-${period.end}`;
}

/**
 * The period a stored 'HH:MM-HH:MM' text stands for. The clock values themselves are checked by
 * `createWorkCalendar`, which names the bad one.
 *
 * @throws {RangeError} when the text is not two 'HH:MM' joined by '-'
 * @example
 * parseWorkPeriodText('14:00-18:00'); // { start: '14:00', end: '18:00' }
 */
export function parseWorkPeriodText(text: string): WorkPeriod {
  const match = PERIOD_TEXT.exec(text);
  if (!match) throw new RangeError(`a work period is written HH:MM-HH:MM, got ${JSON.stringify(text)}`);
  return { start: match[1] as string, end: match[2] as string };
}
