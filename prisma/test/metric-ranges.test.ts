// Pure unit tests of the key and period ranges the metric reads bound their index scans with.

import { describe, expect, it } from 'vitest';
import { areaCodeRange } from '../src/metrics/metric-dimensions.js';
import { coverRows, daysOf, grainCover } from '../src/metrics/period-grains.js';

describe('areaCodeRange', () => {
  const within = (code: string, prefix: string) => {
    const { from, to } = areaCodeRange(prefix);
    return code >= from && code <= to;
  };

  it('holds every code of the area, at every level, and its own code', () => {
    expect(areaCodeRange('310101')).toEqual({ from: '310101', to: '310101999999999' });
    for (const code of ['310101', '310101002', '310101002001', '310101002001999', '310101999999999']) {
      expect(within(code, '310101')).toBe(true);
    }
  });

  it('holds no code of a neighbouring area, either side', () => {
    for (const code of ['310100', '310100999999999', '310102', '310102000000000', '31010', '3101']) {
      expect(within(code, '310101')).toBe(false);
    }
  });

  it('is every code for the empty prefix (the whole deployment)', () => {
    expect(areaCodeRange('')).toEqual({ from: '', to: '999999999999999' });
  });

  it('refuses a prefix that is not a code', () => {
    expect(() => areaCodeRange('31010a')).toThrow(/at most 15 digits/);
    expect(() => areaCodeRange('3101010020019999')).toThrow(/at most 15 digits/);
  });
});

describe('coverRows', () => {
  it('reads whole months from month rows and the days around them from day rows', () => {
    expect(coverRows({ from: '2026-09-29', to: '2026-11-02' }, { daysOnly: false })).toEqual({
      grains: ['M', 'D', 'D', 'D', 'D'],
      periods: ['2026-10-01', '2026-09-29', '2026-09-30', '2026-11-01', '2026-11-02'],
    });
  });

  it('reads every day when grouping by day or week', () => {
    const rows = coverRows({ from: '2026-02-27', to: '2026-03-02' }, { daysOnly: true });
    expect(rows.grains).toEqual(['D', 'D', 'D', 'D']);
    expect(rows.periods).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('covers each day of the period exactly once', () => {
    const period = { from: '2025-12-17', to: '2026-03-09' };
    const { grains, periods } = coverRows(period, { daysOnly: false });
    const covered = periods.flatMap((start, i) =>
      grains[i] === 'D' ? [start] : daysOf({ from: start, to: lastDayOfMonth(start) }),
    );
    expect(covered.sort()).toEqual(daysOf(period));
    expect(grainCover(period).months).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
});

function lastDayOfMonth(first: string): string {
  const date = new Date(`${first}T00:00:00Z`);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}
