import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './calendar-types';
import { addDays, groupCalendarDays } from './group-calendar-days';

/** The Spring Festival of the 2026 State Council notice: 2/15-2/23 off, 2/14 and 2/28 worked. */
function day(date: string, kind: CalendarDay['kind'], name = '春节'): CalendarDay {
  return { date, kind, name, note: null, weekday: 0, year: 2026 };
}

const springFestival2026 = [
  day('2026-02-28', 'MAKE_UP_WORKDAY'),
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => day(`2026-02-${d}`, 'HOLIDAY')),
  day('2026-02-14', 'MAKE_UP_WORKDAY'),
  day('2026-01-01', 'HOLIDAY', '元旦'),
  day('2026-01-02', 'HOLIDAY', '元旦'),
  day('2026-01-03', 'HOLIDAY', '元旦'),
];

describe('groupCalendarDays', () => {
  it('reads the 2026 notice back as ranges and single make-up days, in date order', () => {
    const runs = groupCalendarDays(springFestival2026).map(({ kind, name, from, to, dates }) => [
      kind,
      name,
      from,
      to,
      dates.length,
    ]);
    expect(runs).toEqual([
      ['HOLIDAY', '元旦', '2026-01-01', '2026-01-03', 3],
      ['MAKE_UP_WORKDAY', '春节', '2026-02-14', '2026-02-14', 1],
      ['HOLIDAY', '春节', '2026-02-15', '2026-02-23', 9],
      ['MAKE_UP_WORKDAY', '春节', '2026-02-28', '2026-02-28', 1],
    ]);
  });

  it('splits a festival whose days are not consecutive', () => {
    const runs = groupCalendarDays([day('2026-10-01', 'HOLIDAY', '国庆节'), day('2026-10-03', 'HOLIDAY', '国庆节')]);
    expect(runs).toHaveLength(2);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
