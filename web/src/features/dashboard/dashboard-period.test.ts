import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultTrendBucket,
  isDate,
  periodDays,
  periodProblem,
  presetPeriod,
  todayIn,
} from './dashboard-period';

describe('dashboard periods', () => {
  it('starts this month on the 1st and ends it today', () => {
    expect(presetPeriod('thisMonth', '2026-11-26')).toEqual({ from: '2026-11-01', to: '2026-11-26' });
  });

  it('finds last month across a year end and a short February', () => {
    expect(presetPeriod('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('lastMonth', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('counts the last 7 and 30 days with today included', () => {
    expect(presetPeriod('last7', '2026-03-03')).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(periodDays(presetPeriod('last30', '2026-03-03'))).toBe(30);
  });

  it('starts the quarter on its first month', () => {
    expect(presetPeriod('thisQuarter', '2026-11-26')).toEqual({ from: '2026-10-01', to: '2026-11-26' });
    expect(presetPeriod('thisQuarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('names what the API would refuse in a custom period', () => {
    expect(periodProblem({ from: '2026-02-01', to: '2026-02-28' })).toBeNull();
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('invalid');
    expect(periodProblem({ from: '', to: '2026-03-01' })).toBe('invalid');
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('reversed');
    expect(periodProblem({ from: '2024-01-01', to: '2026-01-01' })).toBe('tooLong');
    expect(periodProblem({ from: '2024-01-02', to: '2026-01-01' })).toBeNull(); // 731 days
  });

  it('picks day, week or month buckets by length', () => {
    expect(defaultTrendBucket({ from: '2026-11-01', to: '2026-11-30' })).toBe('DAY');
    expect(defaultTrendBucket({ from: '2026-07-01', to: '2026-11-30' })).toBe('WEEK');
    expect(defaultTrendBucket({ from: '2025-01-01', to: '2026-11-30' })).toBe('MONTH');
  });

  it('does calendar arithmetic on dates, not instants', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
  });

  it("takes today from the city's time zone, whatever the browser's", () => {
    const oneInTheMorningInShanghai = new Date('2026-11-26T17:00:00Z');
    expect(todayIn('Asia/Shanghai', oneInTheMorningInShanghai)).toBe('2026-11-27');
    expect(todayIn('UTC', oneInTheMorningInShanghai)).toBe('2026-11-26');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(todayIn('Asia/Shanghai', new Date('2026-03-05T15:59:59Z'))).toBe('2026-03-05');
  });
});
