import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './calendar-types';
import { arrangementFormFromDays, arrangementFormProblem, toArrangementInput } from './holiday-arrangement-form';

function day(date: string, kind: CalendarDay['kind'], name: string, year = 2026): CalendarDay {
  return { date, kind, name, note: null, weekday: 0, year };
}

const days2026 = [
  day('2025-12-31', 'HOLIDAY', '元旦', 2025),
  day('2026-01-01', 'HOLIDAY', '元旦'),
  day('2026-01-02', 'HOLIDAY', '元旦'),
  day('2026-01-03', 'HOLIDAY', '元旦'),
  day('2026-01-04', 'MAKE_UP_WORKDAY', '元旦'),
  day('2026-02-14', 'MAKE_UP_WORKDAY', '春节'),
  day('2026-02-15', 'HOLIDAY', '春节'),
  day('2026-02-16', 'HOLIDAY', '春节'),
  day('2026-02-28', 'MAKE_UP_WORKDAY', '春节'),
];

describe('the holiday arrangement form', () => {
  it('is prefilled from the year’s days (not another year’s) as the notice states them', () => {
    const form = arrangementFormFromDays(2026, days2026);
    expect(form.holidays).toEqual([
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-16' },
    ]);
    expect(form.makeUpWorkdays.map((row) => row.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28']);
  });

  it('keeps rows in place so the API’s holidays[i] points at the row on screen', () => {
    const form = arrangementFormFromDays(2026, days2026);
    form.holidays[1] = { name: ' 春节 ', from: '2026-02-15', to: '2026-02-23' };
    expect(arrangementFormProblem(form)).toBeNull();
    const input = toArrangementInput(form);
    expect(input.year).toBe(2026);
    expect(input.holidays[1]).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
    expect(input.makeUpWorkdays).toHaveLength(3);
  });

  it('names an incomplete row the way the API would', () => {
    const form = arrangementFormFromDays(2026, days2026);
    form.holidays.push({ name: '清明节', from: '2026-04-04', to: '' });
    expect(arrangementFormProblem(form)?.field).toBe('holidays[2].to');
    form.holidays.pop();
    form.makeUpWorkdays[0] = { name: '', date: '2026-01-04' };
    expect(arrangementFormProblem(form)?.field).toBe('makeUpWorkdays[0].name');
  });
});
