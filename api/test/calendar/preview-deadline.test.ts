import type { TimeLimitUnit } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { previewDeadline } from '../../src/modules/calendar/preview-deadline.js';
import { officialCalendar } from './official-calendar.js';

const calendar = officialCalendar();
/** Deadline of a limit from a Shanghai wall-clock time, as Shanghai wall-clock 'YYYY-MM-DD HH:MM'. */
const deadlineOf = (from: string, amount: number, unit: TimeLimitUnit) =>
  shanghai(previewDeadline(calendar, new Date(`${from}+08:00`), amount, unit).deadlineAt);
const shanghai = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('deadlines under the official 2025 arrangement', () => {
  it('skips the Spring Festival: 4 work hours from Monday 27 January 16:00 end Wednesday 5 February 10:00', () => {
    const preview = previewDeadline(calendar, new Date('2025-01-27T16:00+08:00'), 4, 'WORK_HOURS');
    expect(preview.deadlineAt.toISOString()).toBe('2025-02-05T02:00:00.000Z');
    expect(preview.workMinutes).toBe(240);
    expect(preview.calendarDays).toBe(10);
    expect(preview.daysOff.map((day) => `${day.date.slice(5)} ${day.reason}`)).toEqual([
      '01-28 HOLIDAY',
      '01-29 HOLIDAY',
      '01-30 HOLIDAY',
      '01-31 HOLIDAY',
      '02-01 HOLIDAY',
      '02-02 HOLIDAY',
      '02-03 HOLIDAY',
      '02-04 HOLIDAY',
    ]);
    // 80 % of 4 h is 3 h 12 min: 2 h on the 27th, 1 h 12 min on the 5th
    expect(shanghai(preview.warnAt)).toBe('2025-02-05 09:12');
  });

  it('works the make-up Sunday before it: 2 work hours from Friday 24 January 17:00 end Sunday 26th 09:00', () => {
    expect(deadlineOf('2025-01-24T17:00', 2, 'WORK_HOURS')).toBe('2025-01-26 09:00');
  });

  it('works the make-up Saturday after it: Friday 7 February 16:00 + 4 work hours is Saturday 8th 10:00', () => {
    expect(deadlineOf('2025-02-07T16:00', 4, 'WORK_HOURS')).toBe('2025-02-08 10:00');
  });

  it('crosses 国庆节、中秋节 and the make-up days around it', () => {
    // Friday 26 September 16:00: 2 h, Saturday 27th off, Sunday 28th (make-up) 8 h, Monday 29th 6 h → 16:00
    expect(deadlineOf('2025-09-26T16:00', 2, 'WORK_DAYS')).toBe('2025-09-29 16:00');
    // Tuesday 30 September 16:00 + 1 work day: 2 h, then 1-8 October off, Thursday 9th 6 h → 16:00
    expect(deadlineOf('2025-09-30T16:00', 1, 'WORK_DAYS')).toBe('2025-10-09 16:00');
    // Friday 10 October 17:00 + 2 h: 1 h, then Saturday 11th (make-up) 08:00-09:00
    expect(deadlineOf('2025-10-10T17:00', 2, 'WORK_HOURS')).toBe('2025-10-11 09:00');
  });

  it('keeps 元旦 and 清明 off, and counts natural hours straight through', () => {
    expect(deadlineOf('2024-12-31T17:00', 2, 'WORK_HOURS')).toBe('2025-01-02 09:00');
    expect(deadlineOf('2025-04-03T17:00', 2, 'WORK_HOURS')).toBe('2025-04-07 09:00');
    const natural = previewDeadline(calendar, new Date('2025-01-27T16:00+08:00'), 24, 'NATURAL_HOURS');
    expect(shanghai(natural.deadlineAt)).toBe('2025-01-28 16:00');
    expect(natural.elapsedMinutes).toBe(1440);
    expect(natural.workMinutes).toBe(120);
  });
});

describe('deadlines under the official 2026 arrangement', () => {
  it('works Saturday 14 February, then skips nine days of Spring Festival', () => {
    expect(deadlineOf('2026-02-13T16:00', 4, 'WORK_HOURS')).toBe('2026-02-14 10:00');
    const preview = previewDeadline(calendar, new Date('2026-02-14T16:00+08:00'), 4, 'WORK_HOURS');
    expect(shanghai(preview.deadlineAt)).toBe('2026-02-24 10:00');
    expect(preview.daysOff.map((day) => day.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });

  it('works Sunday 4 January after 元旦 and Saturday 9 May after 劳动节', () => {
    expect(deadlineOf('2025-12-31T16:00', 4, 'WORK_HOURS')).toBe('2026-01-04 10:00');
    expect(deadlineOf('2026-04-30T16:00', 4, 'WORK_HOURS')).toBe('2026-05-06 10:00');
    expect(deadlineOf('2026-05-08T16:00', 4, 'WORK_HOURS')).toBe('2026-05-09 10:00');
  });

  it('keeps 中秋节 and 国庆节 apart, with make-up days on 20 September and 10 October', () => {
    expect(deadlineOf('2026-09-18T16:00', 4, 'WORK_HOURS')).toBe('2026-09-20 10:00');
    expect(deadlineOf('2026-09-24T16:00', 4, 'WORK_HOURS')).toBe('2026-09-28 10:00');
    expect(deadlineOf('2026-09-30T16:00', 1, 'WORK_DAYS')).toBe('2026-10-08 16:00');
    expect(deadlineOf('2026-10-09T16:00', 4, 'WORK_HOURS')).toBe('2026-10-10 10:00');
    const weekend = previewDeadline(calendar, new Date('2026-10-09T16:00+08:00'), 12, 'WORK_HOURS');
    // Saturday 10th is worked (8 h), Sunday 11th is not: the 12th holds the last 2 h
    expect(shanghai(weekend.deadlineAt)).toBe('2026-10-12 10:00');
    expect(weekend.daysOff).toEqual([{ date: '2026-10-11', reason: 'WEEKEND' }]);
  });
});
