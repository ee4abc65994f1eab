import { isWorkingDay } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { datesBetween, isoWeekdayOfDate, requireCalendarDate } from '../../src/modules/calendar/calendar-date.js';
import { workCalendarOfRow } from '../../src/modules/calendar/work-calendar-of-row.js';
import { parseWorkPeriodText, workPeriodText } from '../../src/modules/calendar/work-period-text.js';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return (error as { details?: { field?: string } }).details?.field ?? String(error);
  }
};

describe('calendar values as stored and typed', () => {
  it('round-trips work periods through their stored text', () => {
    expect(parseWorkPeriodText('08:00-12:00')).toEqual({ start: '08:00', end: '12:00' });
    expect(workPeriodText({ start: '14:00', end: '24:00' })).toBe('14:00-24:00');
    expect(() => parseWorkPeriodText('8:00-12:00')).toThrow(RangeError);
  });

  it('builds the calendar a stored row stands for, and refuses a row that slipped past the checks', () => {
    const calendar = workCalendarOfRow(
      {
        workPeriods: ['09:00-12:00', '13:00-17:30'],
        weekendDays: [6, 7],
        holidays: ['2025-10-01'],
        makeUpWorkdays: ['2025-09-28'],
      },
      'Asia/Shanghai',
    );
    expect(calendar.workPeriods).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ]);
    expect(isWorkingDay(calendar, '2025-10-01')).toBe(false);
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true);
    const overlapping = {
      workPeriods: ['08:00-12:00', '11:00-18:00'],
      weekendDays: [6, 7],
      holidays: [],
      makeUpWorkdays: [],
    };
    expect(() => workCalendarOfRow(overlapping, 'Asia/Shanghai')).toThrow(/overlap/);
  });

  it('accepts only real dates and knows their weekday', () => {
    expect(fieldOf(() => requireCalendarDate('2024-02-29', 'date'))).toBe('accepted');
    expect(fieldOf(() => requireCalendarDate('2025-02-29', 'date'))).toBe('date');
    expect(fieldOf(() => requireCalendarDate('2025-1-5', 'from'))).toBe('from');
    expect(isoWeekdayOfDate('2025-01-26')).toBe(7);
    expect(isoWeekdayOfDate('2025-01-27')).toBe(1);
    expect(datesBetween('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(datesBetween('2026-01-02', '2026-01-01')).toEqual([]);
  });
});
