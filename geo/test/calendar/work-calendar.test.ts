import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  createWorkCalendar,
  defaultWorkCalendar,
  isWorkingDay,
  timeLimitMinutes,
  type WorkCalendar,
} from '../../src/index.js';
import { CHINA_2025_HOLIDAYS, CHINA_2025_MAKE_UP_WORKDAYS, china2025, shanghai } from './china-2025.js';

describe('createWorkCalendar', () => {
  it('defaults to Shanghai, 08:00-12:00 and 14:00-18:00, weekends off, no holidays', () => {
    expect(defaultWorkCalendar.timeZone).toBe('Asia/Shanghai');
    expect(defaultWorkCalendar.workPeriods).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ]);
    expect(defaultWorkCalendar.weekendDays).toEqual([6, 7]);
    expect(defaultWorkCalendar.holidays.size).toBe(0);
    expect(timeLimitMinutes(defaultWorkCalendar, 1, 'WORK_DAYS')).toBe(480);
    expect(Object.isFrozen(defaultWorkCalendar)).toBe(true);
  });

  it('takes one work day from the configured periods (7.5 hours here)', () => {
    const calendar = createWorkCalendar({
      workPeriods: [
        { start: '08:30', end: '12:00' },
        { start: '13:30', end: '17:30' },
      ],
    });
    expect(timeLimitMinutes(calendar, 2, 'WORK_DAYS')).toBe(900);
    expect(addWorkingTime(calendar, shanghai('2025-03-10T09:00'), 1, 'WORK_DAYS')).toEqual(
      shanghai('2025-03-11T09:00'),
    );
  });

  it('copies the holiday lists, so later edits of the input do not leak in', () => {
    const holidays = new Set(['2025-10-01']);
    const calendar = createWorkCalendar({ holidays });
    holidays.add('2025-10-02');
    expect(isWorkingDay(calendar, '2025-10-02')).toBe(true);
  });

  it('allows touching periods and a period running to midnight', () => {
    const calendar = createWorkCalendar({
      workPeriods: [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
      weekendDays: [],
    });
    expect(timeLimitMinutes(calendar, 1, 'WORK_DAYS')).toBe(1440);
    expect(addWorkingTime(calendar, shanghai('2025-03-08T10:00'), 30, 'WORK_HOURS')).toEqual(
      shanghai('2025-03-09T16:00'),
    );
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, /time zone .*got "Mars\/Olympus_Mons"/],
    [{ timeZone: '' }, /time zone .*got ""/],
    [{ workPeriods: [] }, /work periods must be a non-empty list/],
    [{ workPeriods: [{ start: '8:00', end: '12:00' }] }, /work period 1 start must be a time HH:MM .*got "8:00"/],
    [{ workPeriods: [{ start: '08:00', end: '25:00' }] }, /work period 1 end .*got "25:00"/],
    [{ workPeriods: [{ start: '08:00', end: '12:60' }] }, /got "12:60"/],
    [{ workPeriods: [{ start: '24:00', end: '24:00' }] }, /work period 1 start .*00:00 to 23:59, got "24:00"/],
    [{ workPeriods: [{ start: '12:00', end: '12:00' }] }, /work period 1 must end after it starts, got 12:00-12:00/],
    [
      {
        workPeriods: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
      /must not overlap, got 08:00-12:00 before 11:00-13:00/,
    ],
    [
      {
        workPeriods: [
          { start: '14:00', end: '18:00' },
          { start: '08:00', end: '12:00' },
        ],
      },
      /must be sorted .*got 14:00-18:00 before 08:00-12:00/,
    ],
    [{ weekendDays: [0] }, /weekend days must be distinct ISO weekdays 1-7, got 0/],
    [{ weekendDays: [6, 6] }, /got 6/],
    [{ weekendDays: [1, 2, 3, 4, 5, 6, 7] }, /nothing is ever open/],
    [{ holidays: ['2025-02-29'] }, /holiday must be a real date written YYYY-MM-DD, got "2025-02-29"/],
    [{ holidays: ['2025/10/01'] }, /got "2025\/10\/01"/],
    [{ makeUpWorkdays: ['2025-9-28'] }, /make-up workday must be .*got "2025-9-28"/],
    [{ holidays: ['2025-10-01'], makeUpWorkdays: ['2025-10-01'] }, /2025-10-01 is listed both as a holiday and/],
  ])('rejects %j', (options, message) => {
    expect(() => createWorkCalendar(options)).toThrow(RangeError);
    expect(() => createWorkCalendar(options)).toThrow(message);
  });

  it('validates a hand-built calendar on first use too', () => {
    const handBuilt: WorkCalendar = {
      timeZone: 'Asia/Shanghai',
      workPeriods: [{ start: '18:00', end: '08:00' }],
      weekendDays: [6, 7],
      holidays: new Set(),
      makeUpWorkdays: new Set(),
    };
    expect(() => addWorkingTime(handBuilt, shanghai('2025-03-10T09:00'), 1, 'WORK_HOURS')).toThrow(
      /work period 1 must end after it starts, got 18:00-08:00/,
    );
  });
});

describe('isWorkingDay with the 2025 arrangement', () => {
  it.each([
    ['2025-01-01', false, 'New Year, a Wednesday'],
    ['2025-01-24', true, 'a plain Friday'],
    ['2025-01-25', false, 'a plain Saturday'],
    ['2025-01-26', true, 'make-up Sunday before the Spring Festival'],
    ['2025-01-28', false, 'Spring Festival eve, a Tuesday'],
    ['2025-02-04', false, 'last day of the Spring Festival break'],
    ['2025-02-05', true, 'first day back'],
    ['2025-02-08', true, 'make-up Saturday'],
    ['2025-02-09', false, 'the Sunday after it'],
    ['2025-09-28', true, 'make-up Sunday before National Day'],
    ['2025-10-08', false, 'last day of the National Day break, a Wednesday'],
    ['2025-10-09', true, 'first day back'],
    ['2025-10-11', true, 'make-up Saturday'],
    ['2025-10-12', false, 'a plain Sunday'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(china2025, date)).toBe(expected);
  });

  it('lists every fixture date as it says', () => {
    expect(CHINA_2025_HOLIDAYS.filter((date) => isWorkingDay(china2025, date))).toEqual([]);
    expect(CHINA_2025_MAKE_UP_WORKDAYS.filter((date) => !isWorkingDay(china2025, date))).toEqual([]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => isWorkingDay(china2025, '2025-13-01')).toThrow(/date must be a real date .*got "2025-13-01"/);
  });
});
