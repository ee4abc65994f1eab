import { describe, expect, it } from 'vitest';
import { measure, quantile } from './measure.js';
import { compare } from './report.js';

describe('benchmark harness', () => {
  it('takes nearest-rank quantiles', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('counts every operation it runs and compares two measurements as a ratio', async () => {
    let calls = 0;
    const op = async () => {
      calls += 1;
    };
    const m = await measure('noop', op, { seconds: 0.05, concurrency: 2, warmup: 3 });
    expect(m.operations).toBe(calls - 3);
    const half = { ...m, opsPerSecond: m.opsPerSecond / 2 };
    expect(compare('x', m, half).throughputRatio).toBeCloseTo(0.5);
  });
});
