import { describe, expect, it } from 'vitest';
import { elapsedTime, timeLimitMinutes } from '../../src/index.js';
import { china2025, shanghai } from './china-2025.js';

const from = shanghai('2025-03-10T08:00'); // Monday
const to = shanghai('2025-03-12T08:00'); // Wednesday: 16 work hours, 48 natural hours later

function parked(start: string, end: string) {
  return { from: shanghai(start), to: shanghai(end) };
}

describe('elapsedTime', () => {
  it('measures working minutes for work units and plain minutes for natural units', () => {
    expect(elapsedTime(china2025, from, to, 'WORK_HOURS')).toBe(960);
    expect(elapsedTime(china2025, from, to, 'WORK_DAYS')).toBe(960);
    expect(elapsedTime(china2025, from, to, 'NATURAL_HOURS')).toBe(2880);
    expect(elapsedTime(china2025, from, to, 'NATURAL_DAYS')).toBe(2880);
    expect(elapsedTime(china2025, to, from, 'NATURAL_HOURS')).toBe(0);
  });

  it.each([
    ['one parking', [parked('2025-03-10T14:00', '2025-03-11T12:00')], 480, 2880 - 22 * 60],
    [
      'overlapping parkings, counted once',
      [parked('2025-03-10T14:00', '2025-03-11T10:00'), parked('2025-03-11T09:00', '2025-03-11T12:00')],
      480,
      2880 - 22 * 60,
    ],
    [
      'parkings given out of order',
      [parked('2025-03-11T14:00', '2025-03-11T15:00'), parked('2025-03-10T08:00', '2025-03-10T09:00')],
      840,
      2880 - 120,
    ],
    ['a parking reaching outside the range', [parked('2025-03-09T00:00', '2025-03-10T10:00')], 840, 2880 - 120],
    ['a parking entirely outside work time', [parked('2025-03-10T18:00', '2025-03-11T08:00')], 960, 2880 - 14 * 60],
    ['a parking after the range', [parked('2025-03-13T08:00', '2025-03-14T08:00')], 960, 2880],
    ['an empty parking', [parked('2025-03-10T09:00', '2025-03-10T09:00')], 960, 2880],
    ['a parking covering everything', [parked('2025-03-01T00:00', '2025-04-01T00:00')], 0, 0],
  ])('leaves out %s', (_, suspended, workMinutes, naturalMinutes) => {
    expect(elapsedTime(china2025, from, to, 'WORK_HOURS', { suspended })).toBe(workMinutes);
    expect(elapsedTime(china2025, from, to, 'NATURAL_HOURS', { suspended })).toBe(naturalMinutes);
  });

  it('rejects a suspension that ends before it starts', () => {
    expect(() =>
      elapsedTime(china2025, from, to, 'WORK_HOURS', { suspended: [parked('2025-03-11T12:00', '2025-03-11T10:00')] }),
    ).toThrow(/suspended interval 1 must not end before it starts, got 2025-03-11T04:00:00.000Z/);
  });
});

describe('timeLimitMinutes', () => {
  it.each([
    [2, 'WORK_HOURS', 120],
    [0.5, 'WORK_HOURS', 30],
    [20, 'WORK_DAYS', 9600],
    [3, 'NATURAL_HOURS', 180],
    [1.5, 'NATURAL_DAYS', 2160],
  ] as const)('%s %s is %s minutes', (amount, unit, minutes) => {
    expect(timeLimitMinutes(china2025, amount, unit)).toBe(minutes);
  });
});
