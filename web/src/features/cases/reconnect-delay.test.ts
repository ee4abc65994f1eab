import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles from one second and stops growing at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => reconnectDelay(attempt, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('adds at most 30 % jitter', () => {
    expect(reconnectDelay(2, () => 0.999_999)).toBe(5200);
    expect(reconnectDelay(9, () => 0.5)).toBe(34500);
  });
});
