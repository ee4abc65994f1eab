import { describe, expect, it } from 'vitest';
import { addWorkingTime, defaultWorkCalendar, type TimeLimitUnit } from '../../src/index.js';
import { china2025, shanghai } from './china-2025.js';

describe('addWorkingTime in work hours (工作时)', () => {
  it.each([
    ['Friday 16:00 over the weekend', '2025-03-07T16:00', 4, '2025-03-10T10:00'],
    ['Monday 08:00, ending exactly at the lunch break', '2025-03-10T08:00', 4, '2025-03-10T12:00'],
    ['Monday 08:00, ending exactly at the end of the day', '2025-03-10T08:00', 8, '2025-03-10T18:00'],
    ['the lunch break: counting starts at 14:00', '2025-03-10T12:30', 2, '2025-03-10T16:00'],
    ['exactly 12:00: counting starts at 14:00', '2025-03-10T12:00', 1, '2025-03-10T15:00'],
    ['before work: counting starts at 08:00', '2025-03-10T06:15', 3, '2025-03-10T11:00'],
    ['after work: counting starts the next morning', '2025-03-10T19:00', 1, '2025-03-11T09:00'],
    ['a Saturday', '2025-03-08T10:00', 2, '2025-03-10T10:00'],
    ['seconds inside a period', '2025-03-10T11:59:30', 1, '2025-03-10T14:59:30'],
    ['half an hour across lunch', '2025-03-10T11:45', 0.5, '2025-03-10T14:15'],
    ['a quarter of an hour', '2025-03-10T17:50', 0.25, '2025-03-11T08:05'],
    ['tenths of an hour add up exactly', '2025-03-10T08:00', 0.1, '2025-03-10T08:06'],
  ])('from %s', (_, start, hours, deadline) => {
    expect(addWorkingTime(china2025, shanghai(start), hours, 'WORK_HOURS')).toEqual(shanghai(deadline));
  });

  it('returns the start itself for an amount of 0, even outside work time', () => {
    expect(addWorkingTime(china2025, shanghai('2025-03-08T10:00'), 0, 'WORK_HOURS')).toEqual(
      shanghai('2025-03-08T10:00'),
    );
  });
});

describe('addWorkingTime in work days (工作日)', () => {
  it.each([
    ['Monday 09:00, one day', '2025-03-10T09:00', 1, '2025-03-11T09:00'],
    ['Monday 08:00, a day and a half', '2025-03-10T08:00', 1.5, '2025-03-11T12:00'],
    ['Friday 17:00, five days', '2025-03-14T17:00', 5, '2025-03-21T17:00'],
    ['Monday 08:00, twenty days (four weeks)', '2025-03-03T08:00', 20, '2025-03-28T18:00'],
  ])('from %s', (_, start, days, deadline) => {
    expect(addWorkingTime(china2025, shanghai(start), days, 'WORK_DAYS')).toEqual(shanghai(deadline));
  });
});

describe('addWorkingTime over the 2025 holidays', () => {
  it.each([
    // Monday 27 Jan: 2 h; 28 Jan - 4 Feb off; Wednesday 5 Feb: the other 6 h
    ['into the Spring Festival', '2025-01-27T16:00', 1, 'WORK_DAYS', '2025-02-05T16:00'],
    // Saturday 25 Jan is off, Sunday 26 Jan is a make-up workday
    ['into the make-up Sunday before the Spring Festival', '2025-01-25T10:00', 4, 'WORK_HOURS', '2025-01-26T12:00'],
    // Friday 7 Feb 7 h, make-up Saturday 8 Feb 8 h, Monday 10 Feb 8 h, Tuesday 1 h
    ['over the make-up Saturday after the Spring Festival', '2025-02-07T09:00', 3, 'WORK_DAYS', '2025-02-11T09:00'],
    ['from inside the Spring Festival', '2025-01-30T09:00', 2, 'WORK_HOURS', '2025-02-05T10:00'],
    // Friday 26 Sep 4 h, Saturday off, make-up Sunday 28 Sep 8 h, Monday 4 h: ends at 12:00
    ['over the make-up Sunday before National Day', '2025-09-26T14:00', 2, 'WORK_DAYS', '2025-09-29T12:00'],
    // Tuesday 30 Sep 6 h; 1-8 Oct off; Thursday 9 Oct 2 h
    ['into National Day', '2025-09-30T10:00', 1, 'WORK_DAYS', '2025-10-09T10:00'],
    // Friday 10 Oct 8 h, make-up Saturday 11 Oct 8 h
    ['over the make-up Saturday after National Day', '2025-10-10T08:00', 2, 'WORK_DAYS', '2025-10-11T18:00'],
  ] as const)('%s', (_, start, amount, unit, deadline) => {
    expect(addWorkingTime(china2025, shanghai(start), amount, unit)).toEqual(shanghai(deadline));
  });

  it('counts the Spring Festival as working time only when the calendar lacks the holidays', () => {
    expect(addWorkingTime(defaultWorkCalendar, shanghai('2025-01-27T16:00'), 1, 'WORK_DAYS')).toEqual(
      shanghai('2025-01-28T16:00'),
    );
  });
});

describe('addWorkingTime in natural time', () => {
  it.each([
    ['hours across midnight on a holiday', '2025-01-28T22:00', 6, 'NATURAL_HOURS', '2025-01-29T04:00'],
    ['fractional hours', '2025-03-08T23:45', 0.5, 'NATURAL_HOURS', '2025-03-09T00:15'],
    ['days through National Day', '2025-09-30T10:00', 2, 'NATURAL_DAYS', '2025-10-02T10:00'],
    ['half a day', '2025-03-10T20:00', 0.5, 'NATURAL_DAYS', '2025-03-11T08:00'],
  ] as const)('%s', (_, start, amount, unit, deadline) => {
    expect(addWorkingTime(china2025, shanghai(start), amount, unit)).toEqual(shanghai(deadline));
  });
});

describe('addWorkingTime rejects bad input', () => {
  const start = shanghai('2025-03-10T09:00');
  it.each([
    [-1, 'WORK_HOURS', /amount must be a finite number ≥ 0, got -1/],
    [Number.NaN, 'WORK_HOURS', /got NaN/],
    [Number.POSITIVE_INFINITY, 'NATURAL_DAYS', /got Infinity/],
    [100_000, 'WORK_DAYS', /100000 WORK_DAYS is longer than ten years/],
    [1, 'WORK_WEEKS', /unit must be one of .*got "WORK_WEEKS"/],
  ])('amount %s %s', (amount, unit, message) => {
    expect(() => addWorkingTime(china2025, start, amount, unit as TimeLimitUnit)).toThrow(RangeError);
    expect(() => addWorkingTime(china2025, start, amount, unit as TimeLimitUnit)).toThrow(message);
  });

  it('an invalid Date', () => {
    expect(() => addWorkingTime(china2025, new Date('not a date'), 1, 'WORK_HOURS')).toThrow(
      /start must be a valid Date, got Invalid Date/,
    );
  });
});
