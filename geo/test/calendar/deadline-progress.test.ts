import { describe, expect, it } from 'vitest';
import { addWorkingTime, deadlineProgress, type TimeLimitUnit, warningInstant } from '../../src/index.js';
import { china2025, seededRandom, shanghai } from './china-2025.js';

// 10 work hours from Monday 08:00: 8 on Monday, 2 on Tuesday, so the deadline is Tuesday 10:00.
const start = shanghai('2025-03-10T08:00');
const deadline = shanghai('2025-03-11T10:00');

function progressAt(now: string) {
  return deadlineProgress(china2025, { start, deadline, now: shanghai(now), unit: 'WORK_HOURS' });
}

describe('deadlineProgress', () => {
  it.each([
    ['at the start', '2025-03-10T08:00', 0, 'GREEN', 600],
    ['at 79.9 %', '2025-03-10T17:59:24', 0.799, 'GREEN', 120.6],
    ['at exactly 80 %', '2025-03-10T18:00', 0.8, 'YELLOW', 120],
    ['overnight, still 80 %', '2025-03-11T07:30', 0.8, 'YELLOW', 120],
    ['at exactly 100 % (on time)', '2025-03-11T10:00', 1, 'YELLOW', 0],
    ['at 100.1 %', '2025-03-11T10:00:36', 1.001, 'RED', -0.6],
    ['two hours overdue', '2025-03-11T12:00', 1.2, 'RED', -120],
  ])('%s', (_, now, usedRatio, light, remainingMinutes) => {
    const progress = progressAt(now);
    expect(progress.usedRatio).toBeCloseTo(usedRatio, 12);
    expect(progress.light).toBe(light);
    expect(progress.remainingMinutes).toBeCloseTo(remainingMinutes, 9);
    expect(progress.limitMinutes).toBe(600);
  });

  it('is GREEN with nothing used when `now` is before the start (clock skew)', () => {
    expect(progressAt('2025-03-10T07:00')).toMatchObject({ usedRatio: 0, light: 'GREEN', usedMinutes: 0 });
  });

  it('is RED once the deadline instant has passed, even with no working time since', () => {
    // 12 work hours from Monday 08:00 end at Tuesday 12:00; 12:30 is lunch, yet overdue.
    const progress = deadlineProgress(china2025, {
      start,
      deadline: shanghai('2025-03-11T12:00'),
      now: shanghai('2025-03-11T12:30'),
      unit: 'WORK_HOURS',
    });
    expect(progress).toMatchObject({ usedRatio: 1, light: 'RED', remainingMinutes: 0 });
  });

  it('leaves suspended time out of both the limit and the time used', () => {
    // Parked Monday 14:00 - Tuesday 12:00 with 6 of 10 hours left; restored, the deadline moves
    // to Tuesday 14:00 + 6 work hours = Wednesday 10:00.
    const suspended = [{ from: shanghai('2025-03-10T14:00'), to: shanghai('2025-03-11T12:00') }];
    const moved = addWorkingTime(china2025, suspended[0]?.to as Date, 6, 'WORK_HOURS');
    expect(moved).toEqual(shanghai('2025-03-12T10:00'));
    const progress = deadlineProgress(china2025, {
      start,
      deadline: moved,
      now: shanghai('2025-03-12T09:00'),
      unit: 'WORK_HOURS',
      suspended,
    });
    expect(progress).toMatchObject({ usedRatio: 0.9, light: 'YELLOW', usedMinutes: 540, limitMinutes: 600 });
  });

  it('counts natural units around the clock, holidays included', () => {
    const progress = deadlineProgress(china2025, {
      start: shanghai('2025-10-01T08:00'),
      deadline: shanghai('2025-10-02T08:00'),
      now: shanghai('2025-10-02T03:12'),
      unit: 'NATURAL_HOURS',
    });
    expect(progress).toMatchObject({ usedRatio: 0.8, light: 'YELLOW', usedMinutes: 1152, limitMinutes: 1440 });
  });

  it('rejects a deadline before the start', () => {
    expect(() =>
      deadlineProgress(china2025, { start: deadline, deadline: start, now: start, unit: 'WORK_HOURS' }),
    ).toThrow(/deadline 2025-03-10T00:00:00.000Z must not be before start 2025-03-11T02:00:00.000Z/);
  });
});

describe('warningInstant', () => {
  it.each([
    ['10 work hours: Monday 18:00, the end of the day', '2025-03-10T08:00', 10, 'WORK_HOURS', '2025-03-10T18:00'],
    ['2 work days (12.8 h): Tuesday 14:48', '2025-03-10T08:00', 2, 'WORK_DAYS', '2025-03-11T14:48'],
    ['1 work day into the Spring Festival', '2025-01-27T16:00', 1, 'WORK_DAYS', '2025-02-05T14:24'],
    ['24 natural hours: 19.2 h later', '2025-10-01T08:00', 24, 'NATURAL_HOURS', '2025-10-02T03:12'],
    ['1 natural day', '2025-10-01T08:00', 1, 'NATURAL_DAYS', '2025-10-02T03:12'],
  ] as const)('%s', (_, from, amount, unit, expected) => {
    expect(warningInstant(china2025, shanghai(from), amount, unit)).toEqual(shanghai(expected));
  });

  it('classifies like deadlineProgress by plain instant comparisons (seeded random cases)', () => {
    const random = seededRandom(80);
    const units: TimeLimitUnit[] = ['WORK_HOURS', 'WORK_DAYS', 'NATURAL_HOURS', 'NATURAL_DAYS'];
    const seen = { GREEN: 0, YELLOW: 0, RED: 0 };
    for (let i = 0; i < 2000; i++) {
      const from = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 330 * 86_400_000));
      const unit = units[i % units.length] as TimeLimitUnit;
      const amount = Math.ceil(random() * 4000) / 100;
      const due = addWorkingTime(china2025, from, amount, unit);
      const warnAt = warningInstant(china2025, from, amount, unit);
      const now = new Date(from.getTime() + Math.floor(random() * 1.5 * (due.getTime() - from.getTime() + 1)));
      const expected = now > due ? 'RED' : now >= warnAt ? 'YELLOW' : 'GREEN';
      expect(deadlineProgress(china2025, { start: from, deadline: due, now, unit }).light).toBe(expected);
      seen[expected]++;
    }
    expect(Math.min(seen.GREEN, seen.YELLOW, seen.RED)).toBeGreaterThan(100);
  });
});
