import { describe, expect, it } from 'vitest';
import { changeOf, directionOf, formatMetric } from './metric-format';

describe('metric formatting', () => {
  it('shows rates as percentages, hours with one decimal, nothing as a dash', () => {
    expect(formatMetric(0.8754, 'RATE', 'zh-CN')).toBe('87.5%');
    expect(formatMetric(12.345, 'HOURS', 'en')).toBe('12.3');
    expect(formatMetric(12345, 'COUNT', 'en')).toBe('12,345');
    expect(formatMetric(null, 'RATE', 'en')).toBe('—');
  });

  it('moves rates in percentage points, good or bad by the metric’s direction', () => {
    expect(changeOf(0.9, 0.85, 'RATE', 'higher', 'en')).toEqual({
      trend: 'up',
      tone: 'good',
      amount: '5',
      unit: 'points',
    });
    expect(changeOf(0.1, 0.05, 'RATE', 'lower', 'en')).toMatchObject({ trend: 'up', tone: 'bad' });
  });

  it('moves counts and hours by a relative percentage; counts are neither good nor bad', () => {
    expect(changeOf(12, 10, 'COUNT', 'neutral', 'en')).toEqual({
      trend: 'up',
      tone: 'neutral',
      amount: '20%',
      unit: 'percent',
    });
    expect(changeOf(8, 10, 'HOURS', 'lower', 'en')).toMatchObject({ trend: 'down', tone: 'good', amount: '20%' });
  });

  it('has nothing to compare without a basis, and stays flat on no change', () => {
    expect(changeOf(3, 0, 'COUNT', 'neutral', 'en').trend).toBe('none');
    expect(changeOf(0.5, null, 'RATE', 'higher', 'en').trend).toBe('none');
    expect(changeOf(0.5, 0.5, 'RATE', 'higher', 'en')).toMatchObject({ trend: 'flat', tone: 'neutral' });
  });

  it('reads a direction from the definition', () => {
    expect(directionOf('RATE', false)).toBe('higher');
    expect(directionOf('RATE', true)).toBe('lower');
    expect(directionOf('HOURS', false)).toBe('lower');
    expect(directionOf('COUNT', false)).toBe('neutral');
  });
});
