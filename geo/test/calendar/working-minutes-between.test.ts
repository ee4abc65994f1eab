import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingMinutesBetween } from '../../src/index.js';
import { china2025, seededRandom, shanghai } from './china-2025.js';

const HOUR_MS = 3_600_000;
const YEAR_2025_MS = Date.UTC(2025, 0, 1) - 8 * HOUR_MS;

describe('workingMinutesBetween', () => {
  it.each([
    ['Friday 16:00 to Monday 10:00', '2025-03-07T16:00', '2025-03-10T10:00', 240],
    ['a lunch break', '2025-03-10T12:00', '2025-03-10T14:00', 0],
    ['a whole week', '2025-03-10T00:00', '2025-03-17T00:00', 5 * 480],
    // Sunday 26 Jan (make-up), Monday 27 Jan, Wednesday 5 - Friday 7 Feb, Saturday 8 Feb (make-up)
    ['the two Spring Festival weeks', '2025-01-26T00:00', '2025-02-09T00:00', 6 * 480],
    ['the National Day break', '2025-09-30T18:00', '2025-10-09T08:00', 0],
    ['seconds inside a period', '2025-03-10T09:00:00', '2025-03-10T09:00:30', 0.5],
  ])('%s', (_, from, to, minutes) => {
    expect(workingMinutesBetween(china2025, shanghai(from), shanghai(to))).toBe(minutes);
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(workingMinutesBetween(china2025, shanghai('2025-03-10T10:00'), shanghai('2025-03-10T09:00'))).toBe(0);
    expect(workingMinutesBetween(china2025, shanghai('2025-03-10T10:00'), shanghai('2025-03-10T10:00'))).toBe(0);
  });

  it('counts the 248 working days of 2025 (261 weekdays − 18 holidays + 5 make-up days)', () => {
    const minutes = workingMinutesBetween(china2025, shanghai('2025-01-01T00:00'), shanghai('2026-01-01T00:00'));
    expect(minutes / 480).toBe(248);
  });

  it('is the inverse of addWorkingTime (2,000 seeded random starts and amounts)', () => {
    const random = seededRandom(20250128);
    for (let i = 0; i < 2000; i++) {
      const start = new Date(YEAR_2025_MS + Math.floor(random() * 365 * 24 * HOUR_MS));
      const isDays = random() < 0.3;
      const amount = isDays ? Math.ceil(random() * 80) / 4 : Math.ceil(random() * 9600) / 60;
      const deadline = addWorkingTime(china2025, start, amount, isDays ? 'WORK_DAYS' : 'WORK_HOURS');
      const expectedMs = Math.round(amount * (isDays ? 8 : 1) * HOUR_MS);
      expect(Math.round(workingMinutesBetween(china2025, start, deadline) * 60_000)).toBe(expectedMs);
      // The deadline is the earliest such instant: the millisecond before it is working time.
      expect(workingMinutesBetween(china2025, new Date(deadline.getTime() - 1), deadline)).toBeGreaterThan(0);
    }
  });

  it('maps any instant back to the end of the working time before it (seeded random pairs)', () => {
    const random = seededRandom(20251001);
    for (let i = 0; i < 1000; i++) {
      const start = new Date(YEAR_2025_MS + Math.floor(random() * 360 * 24 * HOUR_MS));
      const to = new Date(start.getTime() + Math.floor(random() * 20 * 24 * HOUR_MS));
      const hours = workingMinutesBetween(china2025, start, to) / 60;
      const reached = addWorkingTime(china2025, start, hours, 'WORK_HOURS');
      expect(reached.getTime()).toBeLessThanOrEqual(to.getTime());
      expect(workingMinutesBetween(china2025, reached, to)).toBe(0);
    }
  });

  it('rejects invalid Dates', () => {
    expect(() => workingMinutesBetween(china2025, shanghai('2025-03-10T09:00'), new Date(Number.NaN))).toThrow(
      /to must be a valid Date, got Invalid Date/,
    );
  });
});
