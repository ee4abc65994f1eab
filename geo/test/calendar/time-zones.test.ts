import { describe, expect, it } from 'vitest';
import { addWorkingTime, createWorkCalendar, isWorkingDay, workingMinutesBetween } from '../../src/index.js';

// Europe/Berlin switched to summer time on Sunday 2025-03-30 (02:00 CET → 03:00 CEST) and back
// on Sunday 2025-10-26 (03:00 CEST → 02:00 CET).
const berlin = createWorkCalendar({ timeZone: 'Europe/Berlin' });
const allDayBerlin = createWorkCalendar({
  timeZone: 'Europe/Berlin',
  workPeriods: [{ start: '00:00', end: '24:00' }],
  weekendDays: [],
});

function hoursOn(calendar: typeof berlin, fromIso: string, toIso: string): number {
  return workingMinutesBetween(calendar, new Date(fromIso), new Date(toIso)) / 60;
}

describe('a time zone with daylight saving time (Europe/Berlin)', () => {
  it('carries work hours over the spring-forward weekend', () => {
    expect(addWorkingTime(berlin, new Date('2025-03-28T16:00+01:00'), 4, 'WORK_HOURS')).toEqual(
      new Date('2025-03-31T10:00+02:00'),
    );
  });

  it('carries a work day over the fall-back weekend', () => {
    expect(addWorkingTime(berlin, new Date('2025-10-24T09:00+02:00'), 1, 'WORK_DAYS')).toEqual(
      new Date('2025-10-27T09:00+01:00'),
    );
  });

  it('adds natural hours as elapsed time, not wall-clock time', () => {
    expect(addWorkingTime(berlin, new Date('2025-03-29T12:00+01:00'), 24, 'NATURAL_HOURS')).toEqual(
      new Date('2025-03-30T13:00+02:00'),
    );
  });

  it('counts the real length of the switch days: 23 and 25 hours', () => {
    expect(hoursOn(allDayBerlin, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00')).toBe(23);
    expect(hoursOn(allDayBerlin, '2025-10-26T00:00+02:00', '2025-10-27T00:00+01:00')).toBe(25);
  });

  it('counts periods that span the switch by elapsed time', () => {
    const night = createWorkCalendar({
      timeZone: 'Europe/Berlin',
      workPeriods: [{ start: '01:00', end: '04:00' }],
      weekendDays: [],
    });
    expect(hoursOn(night, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00')).toBe(2);
    expect(hoursOn(night, '2025-10-26T00:00+02:00', '2025-10-27T00:00+01:00')).toBe(4);
  });

  it('moves a skipped wall-clock start forward and takes the first of a repeated one', () => {
    const lateNight = createWorkCalendar({
      timeZone: 'Europe/Berlin',
      workPeriods: [{ start: '02:30', end: '04:00' }],
      weekendDays: [],
    });
    // 02:30 did not exist on 30 March: the period runs 03:30-04:00 CEST.
    expect(addWorkingTime(lateNight, new Date('2025-03-30T00:00+01:00'), 0.25, 'WORK_HOURS')).toEqual(
      new Date('2025-03-30T03:45+02:00'),
    );
    expect(hoursOn(lateNight, '2025-03-30T00:00+01:00', '2025-03-31T00:00+02:00')).toBe(0.5);
    // 02:30 happened twice on 26 October: the period starts at the first (CEST) one.
    expect(addWorkingTime(lateNight, new Date('2025-10-26T00:00+02:00'), 0.25, 'WORK_HOURS')).toEqual(
      new Date('2025-10-26T02:45+02:00'),
    );
    expect(hoursOn(lateNight, '2025-10-26T00:00+02:00', '2025-10-27T00:00+01:00')).toBe(2.5);
  });
});

describe('other zones', () => {
  it('reads periods in the calendar zone (Asia/Kolkata, UTC+05:30)', () => {
    const kolkata = createWorkCalendar({ timeZone: 'Asia/Kolkata' });
    expect(addWorkingTime(kolkata, new Date('2025-03-07T16:00+05:30'), 4, 'WORK_HOURS')).toEqual(
      new Date('2025-03-10T10:00+05:30'),
    );
  });

  it('decides working days by the local date, not the UTC one', () => {
    const shanghai = createWorkCalendar({ holidays: ['2025-10-01'] });
    // 2025-09-30T23:30Z is already 1 October 07:30 in Shanghai: the holiday, so nothing counts.
    expect(workingMinutesBetween(shanghai, new Date('2025-09-30T23:30Z'), new Date('2025-10-01T10:00Z'))).toBe(0);
    expect(isWorkingDay(shanghai, '2025-10-01')).toBe(false);
  });
});
